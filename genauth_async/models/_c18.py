# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateStringDataResourceResponseDto, ..., CreateTenantUserOptionsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c17 import (
        CreateStringDataResourceRespDto,
    )
    from ._c19 import (
        CreateTenantUserOptionsDtoPasswordEncryptType,
    )
    from ._s13 import (
        SyncTaskClientConfig,
    )
    from ._s14 import (
        SyncTaskFieldMapping,
    )
    from ._s15 import (
        SyncTaskProvisioningScope, SyncTaskTimedScheduler,
    )
    from ._t2 import (
        TenantDto,
    )

__all__ = [
    "CreateStringDataResourceResponseDto", "CreateSyncTaskDto", "CreateSyncTaskDtoSyncTaskFlow",
    "CreateSyncTaskDtoSyncTaskTrigger", "CreateSyncTaskDtoSyncTaskType",
    "CreateTenantCooperatorDto", "CreateTenantDto", "CreateTenantEnterpriseCertificationBodyDto",
    "CreateTenantRespDto", "CreateTenantUserOptionsDto",
]


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceResponseDto(WireBacked):
    """Wire model ``CreateStringDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateStringDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateStringDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateSyncTaskDto:
    """Wire model ``CreateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], required
        sync_task_trigger: ``syncTaskTrigger``, CreateSyncTaskDtoSyncTaskTrigger, required
        sync_task_flow: ``syncTaskFlow``, CreateSyncTaskDtoSyncTaskFlow, required
        client_config: ``clientConfig``, SyncTaskClientConfig, required
        sync_task_type: ``syncTaskType``, CreateSyncTaskDtoSyncTaskType, required
        sync_task_name: ``syncTaskName``, str, required
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    field_mapping: List[SyncTaskFieldMapping] = _attrs.field(metadata={"wire": "fieldMapping"})
    sync_task_trigger: CreateSyncTaskDtoSyncTaskTrigger = _attrs.field(metadata={"wire": "syncTaskTrigger"})
    sync_task_flow: CreateSyncTaskDtoSyncTaskFlow = _attrs.field(metadata={"wire": "syncTaskFlow"})
    client_config: SyncTaskClientConfig = _attrs.field(metadata={"wire": "clientConfig"})
    sync_task_type: CreateSyncTaskDtoSyncTaskType = _attrs.field(metadata={"wire": "syncTaskType"})
    sync_task_name: str = _attrs.field(metadata={"wire": "syncTaskName"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class CreateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class CreateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class CreateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

    LARK = "lark"
    LARK_INTERNATIONAL = "lark-international"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    ACTIVE_DIRECTORY = "active-directory"
    ITALENT = "italent"
    MAYCUR = "maycur"
    LDAP = "ldap"
    MOKA = "moka"
    FXIAOKE = "fxiaoke"
    SCIM = "scim"
    XIAOSHOUYI = "xiaoshouyi"
    KAYANG = "kayang"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CreateTenantCooperatorDto:
    """Wire model ``CreateTenantCooperatorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policies: ``policies``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    policies: List[str] = _attrs.field(metadata={"wire": "policies"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantDto:
    """Wire model ``CreateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        app_ids: ``appIds``, list[str], required
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
        enterprise_domains: ``enterpriseDomains``, list[str], optional
        expire_time: ``expireTime``, str, optional
        mau_amount: ``mauAmount``, int, optional
        member_amount: ``memberAmount``, int, optional
        admin_amount: ``adminAmount``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})
    enterprise_domains: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enterpriseDomains"})
    expire_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expireTime"})
    mau_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mauAmount"})
    member_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberAmount"})
    admin_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminAmount"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantEnterpriseCertificationBodyDto:
    """Wire model ``CreateTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        business_name: ``businessName``, str, required
        business_license: ``businessLicense``, str, required
        business_registration_name: ``businessRegistrationName``, str, required
        unified_social_credit: ``unifiedSocialCredit``, str, required
        legal_representative_name: ``legalRepresentativeName``, str, required
        national_identification_number: ``nationalIdentificationNumber``, str, required
        personal_bank_card_number: ``personalBankCardNumber``, str, required
        bank_reserved_phone: ``bankReservedPhone``, str, required
        tenant_id: ``tenantId``, str, required
    """

    business_name: str = _attrs.field(metadata={"wire": "businessName"})
    business_license: str = _attrs.field(metadata={"wire": "businessLicense"})
    business_registration_name: str = _attrs.field(metadata={"wire": "businessRegistrationName"})
    unified_social_credit: str = _attrs.field(metadata={"wire": "unifiedSocialCredit"})
    legal_representative_name: str = _attrs.field(metadata={"wire": "legalRepresentativeName"})
    national_identification_number: str = _attrs.field(metadata={"wire": "nationalIdentificationNumber"})
    personal_bank_card_number: str = _attrs.field(metadata={"wire": "personalBankCardNumber"})
    bank_reserved_phone: str = _attrs.field(metadata={"wire": "bankReservedPhone"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantRespDto(WireBacked):
    """Wire model ``CreateTenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserOptionsDto:
    """Wire model ``CreateTenantUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, CreateTenantUserOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    password_encrypt_type: CreateTenantUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
