# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TabConfigDto, ..., TriggerWebhookRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireEnum

if TYPE_CHECKING:
    from ._d import (
        DataResourcePolicyTreeStructs, DeviceInfo,
    )
    from ._u2 import (
        UserDto,
    )

__all__ = [
    "TabConfigDto", "TargetDto", "TargetDtoTargetType", "TenantApplicationDto",
    "TenantApplicationListPaginatedRespDto", "TenantApplicationListPagingDto",
    "TenantCooperatorDto", "TenantCooperatorListPagingDto", "TenantCooperatorPaginatedRespDto",
    "TenantCooperatorSingleDto", "TenantCooperatorSingleRespDto", "TenantDto",
    "TenantEnterpriseCertificationRespDto",
    "TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus",
    "TenantListPaginatedRespDto", "TenantListPagingDto", "TenantRespDto", "TenantSingleRespDto",
    "TenantUserDto", "TenantUserDtoGender", "TenantUserListPaginatedRespDto",
    "TenantUserListPagingDto", "TenantUserRespDto", "TenantUserSingleRespDto",
    "TencentExmailEmailProviderConfig", "TencentExmailEmailProviderConfigInput", "TerminalBaseDto",
    "TerminalInfoDto", "TerminalInfoRespDto", "TerminalSessionDto", "TerminalSessionRespDto",
    "TokenEndPointParams", "TokenEndPointParamsGrantType", "TokenIntrospectEndpointParams",
    "TokenIntrospectResponse", "TokenRevocationEndpointParams", "TreeAuthBo", "TreeAuthorize",
    "TreePermissionDto", "TreeResourceAuthAction", "TreeStructs", "TriggerSyncRiskOperationDto",
    "TriggerSyncRiskOperationsDataDto", "TriggerSyncRiskOperationsRespDto",
    "TriggerSyncTaskDataDto", "TriggerSyncTaskDto", "TriggerSyncTaskRespDto", "TriggerWebhookData",
    "TriggerWebhookDto", "TriggerWebhookRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class TabConfigDto:
    """Wire model ``TabConfigDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class TargetDto:
    """Wire model ``TargetDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, TargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: TargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})


class TargetDtoTargetType(WireEnum):
    """Enum of ``TargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationDto:
    """Wire model ``TenantApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool_id: ``userPoolId``, str, required
        tenant_app_id: ``tenantAppId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        application_type: ``applicationType``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        app_id: ``appId``, str, required
    """

    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    tenant_app_id: str = _attrs.field(metadata={"wire": "tenantAppId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    application_type: str = _attrs.field(metadata={"wire": "applicationType"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationListPaginatedRespDto:
    """Wire model ``TenantApplicationListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantApplicationListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantApplicationListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationListPagingDto:
    """Wire model ``TenantApplicationListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantApplicationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantApplicationDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorDto:
    """Wire model ``TenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        type: ``type``, str, required
        external: ``external``, bool, required
        user: ``user``, UserDto, required
        tenant_user: ``tenantUser``, TenantUserDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    external: bool = _attrs.field(metadata={"wire": "external"})
    user: UserDto = _attrs.field(metadata={"wire": "user"})
    tenant_user: TenantUserDto | None = _attrs.field(default=None, metadata={"wire": "tenantUser"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorListPagingDto:
    """Wire model ``TenantCooperatorListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantCooperatorDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantCooperatorDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorPaginatedRespDto:
    """Wire model ``TenantCooperatorPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantCooperatorListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantCooperatorListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorSingleDto:
    """Wire model ``TenantCooperatorSingleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[str], required
        authorized_policies_code: ``authorizedPoliciesCode``, list[str], required
    """

    list: List[str] = _attrs.field(metadata={"wire": "list"})
    authorized_policies_code: List[str] = _attrs.field(metadata={"wire": "authorizedPoliciesCode"})


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorSingleRespDto:
    """Wire model ``TenantCooperatorSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantCooperatorSingleDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantCooperatorSingleDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantDto:
    """Wire model ``TenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        reject_hint: ``rejectHint``, str, optional
        app_ids: ``appIds``, list[str], required
        creator: ``creator``, str, required
        source_app_id: ``sourceAppId``, str, required
        source: ``source``, str, required
        code: ``code``, str, required
        host: ``host``, str, required
        enterprise_domains: ``enterpriseDomains``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    reject_hint: str | None = _attrs.field(default=None, metadata={"wire": "rejectHint"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    creator: str = _attrs.field(metadata={"wire": "creator"})
    source_app_id: str = _attrs.field(metadata={"wire": "sourceAppId"})
    source: str = _attrs.field(metadata={"wire": "source"})
    code: str = _attrs.field(metadata={"wire": "code"})
    host: str = _attrs.field(metadata={"wire": "host"})
    enterprise_domains: List[str] = _attrs.field(metadata={"wire": "enterpriseDomains"})


@_attrs.define(kw_only=True, slots=True)
class TenantEnterpriseCertificationRespDto:
    """Wire model ``TenantEnterpriseCertificationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        business_name: ``businessName``, str, optional
        business_license: ``businessLicense``, str, optional
        updated_at: ``updatedAt``, str, optional
        business_registration_name: ``businessRegistrationName``, str, optional
        unified_social_credit: ``unifiedSocialCredit``, str, optional
        legal_representative_name: ``legalRepresentativeName``, str, optional
        national_identification_number: ``nationalIdentificationNumber``, str, optional
        personal_bank_card_number: ``personalBankCardNumber``, str, optional
        bank_reserved_phone: ``bankReservedPhone``, str, optional
        review_reason: ``reviewReason``, str, optional
        enterprise_certification_status: ``enterpriseCertificationStatus``, TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus, optional
    """

    business_name: str | None = _attrs.field(default=None, metadata={"wire": "businessName"})
    business_license: str | None = _attrs.field(default=None, metadata={"wire": "businessLicense"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    business_registration_name: str | None = _attrs.field(default=None, metadata={"wire": "businessRegistrationName"})
    unified_social_credit: str | None = _attrs.field(default=None, metadata={"wire": "unifiedSocialCredit"})
    legal_representative_name: str | None = _attrs.field(default=None, metadata={"wire": "legalRepresentativeName"})
    national_identification_number: str | None = _attrs.field(default=None, metadata={"wire": "nationalIdentificationNumber"})
    personal_bank_card_number: str | None = _attrs.field(default=None, metadata={"wire": "personalBankCardNumber"})
    bank_reserved_phone: str | None = _attrs.field(default=None, metadata={"wire": "bankReservedPhone"})
    review_reason: str | None = _attrs.field(default=None, metadata={"wire": "reviewReason"})
    enterprise_certification_status: TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus | None = _attrs.field(default=None, metadata={"wire": "enterpriseCertificationStatus"})


class TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus(WireEnum):
    """Enum of ``TenantEnterpriseCertificationRespDto.enterpriseCertificationStatus`` (unknown wire values are kept, not rejected). Non-string wire values (-1) stay plain values."""

    NOT_SUBMIT = "not_submit"
    REVIEWING = "reviewing"
    PASS = "pass"


@_attrs.define(kw_only=True, slots=True)
class TenantListPaginatedRespDto:
    """Wire model ``TenantListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantListPagingDto:
    """Wire model ``TenantListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantRespDto:
    """Wire model ``TenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        reject_hint: ``rejectHint``, str, optional
        app_ids: ``appIds``, list[str], required
        creator: ``creator``, str, required
        source_app_id: ``sourceAppId``, str, required
        source: ``source``, str, required
        code: ``code``, str, required
        host: ``host``, str, required
        enterprise_domains: ``enterpriseDomains``, list[str], required
        creator_detail: ``creatorDetail``, Any, optional
        source_app_detail: ``sourceAppDetail``, Any, optional
        members_count: ``membersCount``, int, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    reject_hint: str | None = _attrs.field(default=None, metadata={"wire": "rejectHint"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    creator: str = _attrs.field(metadata={"wire": "creator"})
    source_app_id: str = _attrs.field(metadata={"wire": "sourceAppId"})
    source: str = _attrs.field(metadata={"wire": "source"})
    code: str = _attrs.field(metadata={"wire": "code"})
    host: str = _attrs.field(metadata={"wire": "host"})
    enterprise_domains: List[str] = _attrs.field(metadata={"wire": "enterpriseDomains"})
    creator_detail: Any = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "sourceAppDetail"})
    members_count: int | None = _attrs.field(default=None, metadata={"wire": "membersCount"})


@_attrs.define(kw_only=True, slots=True)
class TenantSingleRespDto:
    """Wire model ``TenantSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserDto:
    """Wire model ``TenantUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        logins_count: ``loginsCount``, int, optional
        last_ip: ``lastIp``, str, optional
        gender: ``gender``, TenantUserDtoGender, required
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        last_login_app: ``lastLoginApp``, str, optional
        user_pool_id: ``userPoolId``, str, required
        tenant_id: ``tenantId``, str, required
        member_id: ``memberId``, str, required
        link_user_id: ``linkUserId``, str, required
        is_tenant_admin: ``isTenantAdmin``, bool, required
        password: ``password``, str, optional
        salt: ``salt``, str, optional
    """

    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    nickname: str | None = _attrs.field(default=None, metadata={"wire": "nickname"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    logins_count: int | None = _attrs.field(default=None, metadata={"wire": "loginsCount"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    gender: TenantUserDtoGender = _attrs.field(metadata={"wire": "gender"})
    birthdate: str | None = _attrs.field(default=None, metadata={"wire": "birthdate"})
    country: str | None = _attrs.field(default=None, metadata={"wire": "country"})
    province: str | None = _attrs.field(default=None, metadata={"wire": "province"})
    city: str | None = _attrs.field(default=None, metadata={"wire": "city"})
    address: str | None = _attrs.field(default=None, metadata={"wire": "address"})
    street_address: str | None = _attrs.field(default=None, metadata={"wire": "streetAddress"})
    postal_code: str | None = _attrs.field(default=None, metadata={"wire": "postalCode"})
    given_name: str | None = _attrs.field(default=None, metadata={"wire": "givenName"})
    family_name: str | None = _attrs.field(default=None, metadata={"wire": "familyName"})
    middle_name: str | None = _attrs.field(default=None, metadata={"wire": "middleName"})
    preferred_username: str | None = _attrs.field(default=None, metadata={"wire": "preferredUsername"})
    last_login_app: str | None = _attrs.field(default=None, metadata={"wire": "lastLoginApp"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    member_id: str = _attrs.field(metadata={"wire": "memberId"})
    link_user_id: str = _attrs.field(metadata={"wire": "linkUserId"})
    is_tenant_admin: bool = _attrs.field(metadata={"wire": "isTenantAdmin"})
    password: str | None = _attrs.field(default=None, metadata={"wire": "password"})
    salt: str | None = _attrs.field(default=None, metadata={"wire": "salt"})


class TenantUserDtoGender(WireEnum):
    """Enum of ``TenantUserDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class TenantUserListPaginatedRespDto:
    """Wire model ``TenantUserListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserListPagingDto:
    """Wire model ``TenantUserListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantUserDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantUserDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserRespDto:
    """Wire model ``TenantUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserSingleRespDto:
    """Wire model ``TenantUserSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TencentExmailEmailProviderConfig:
    """Wire model ``TencentExmailEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class TencentExmailEmailProviderConfigInput:
    """Wire model ``TencentExmailEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class TerminalBaseDto:
    """Wire model ``TerminalBaseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class TerminalInfoDto:
    """Wire model ``TerminalInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        device_unique_id: ``deviceUniqueId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})


@_attrs.define(kw_only=True, slots=True)
class TerminalInfoRespDto:
    """Wire model ``TerminalInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TerminalInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TerminalInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TerminalSessionDto:
    """Wire model ``TerminalSessionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, DeviceInfo, required
        last_login_time: ``lastLoginTime``, str, required
        last_ip: ``lastIp``, str, optional
        online: ``online``, bool, required
    """

    device: DeviceInfo = _attrs.field(metadata={"wire": "device"})
    last_login_time: str = _attrs.field(metadata={"wire": "lastLoginTime"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    online: bool = _attrs.field(metadata={"wire": "online"})


@_attrs.define(kw_only=True, slots=True)
class TerminalSessionRespDto:
    """Wire model ``TerminalSessionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[TerminalSessionDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[TerminalSessionDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TokenEndPointParams:
    """Wire model ``TokenEndPointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        grant_type: ``grant_type``, TokenEndPointParamsGrantType, required
        redirect_uri: ``redirect_uri``, str, required
        code: ``code``, str, optional
        code_verifier: ``code_verifier``, str, optional
        refresh_token: ``refresh_token``, str, optional
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, metadata={"wire": "client_secret"})
    grant_type: TokenEndPointParamsGrantType = _attrs.field(metadata={"wire": "grant_type"})
    redirect_uri: str = _attrs.field(metadata={"wire": "redirect_uri"})
    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})
    code_verifier: str | None = _attrs.field(default=None, metadata={"wire": "code_verifier"})
    refresh_token: str | None = _attrs.field(default=None, metadata={"wire": "refresh_token"})


class TokenEndPointParamsGrantType(WireEnum):
    """Enum of ``TokenEndPointParams.grant_type`` (unknown wire values are kept, not rejected)."""

    AUTHORIZATION_CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"
    CLIENT_CREDENTIALS = "client_credentials"
    PASSWORD = "password"
    HTTP_AUTHING_CN_OIDC_GRANT_TYPE_AUTHING_TOKEN = "http://authing.cn/oidc/grant_type/authing_token"


@_attrs.define(kw_only=True, slots=True)
class TokenIntrospectEndpointParams:
    """Wire model ``TokenIntrospectEndpointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        token: ``token``, str, required
        strict: ``strict``, bool, optional
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, metadata={"wire": "client_secret"})
    token: str = _attrs.field(metadata={"wire": "token"})
    strict: bool | None = _attrs.field(default=None, metadata={"wire": "strict"})


@_attrs.define(kw_only=True, slots=True)
class TokenIntrospectResponse:
    """Wire model ``TokenIntrospectResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
        sub: ``sub``, str, optional
        client_id: ``client_id``, str, optional
        exp: ``exp``, int, optional
        iat: ``iat``, int, optional
        iss: ``iss``, str, optional
        jti: ``jti``, str, optional
        scope: ``scope``, str, optional
        token_type: ``token_type``, str, optional
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
    sub: str | None = _attrs.field(default=None, metadata={"wire": "sub"})
    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    exp: int | None = _attrs.field(default=None, metadata={"wire": "exp"})
    iat: int | None = _attrs.field(default=None, metadata={"wire": "iat"})
    iss: str | None = _attrs.field(default=None, metadata={"wire": "iss"})
    jti: str | None = _attrs.field(default=None, metadata={"wire": "jti"})
    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    token_type: str | None = _attrs.field(default=None, metadata={"wire": "token_type"})


@_attrs.define(kw_only=True, slots=True)
class TokenRevocationEndpointParams:
    """Wire model ``TokenRevocationEndpointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        token: ``token``, str, required
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, metadata={"wire": "client_secret"})
    token: str = _attrs.field(metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class TreeAuthBo:
    """Wire model ``TreeAuthBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_name: ``nodeName``, str, required
        node_actions: ``nodeActions``, list[str], required
        node_value: ``nodeValue``, str, optional
        node_extend_field_value: ``nodeExtendFieldValue``, Any, optional
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_name: str = _attrs.field(metadata={"wire": "nodeName"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})
    node_value: str | None = _attrs.field(default=None, metadata={"wire": "nodeValue"})
    node_extend_field_value: Any = _attrs.field(default=None, metadata={"wire": "nodeExtendFieldValue"})


@_attrs.define(kw_only=True, slots=True)
class TreeAuthorize:
    """Wire model ``TreeAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_list: ``authList``, list[TreeAuthBo], required
    """

    auth_list: List[TreeAuthBo] = _attrs.field(metadata={"wire": "authList"})


@_attrs.define(kw_only=True, slots=True)
class TreePermissionDto:
    """Wire model ``TreePermissionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_type: ``resourceType``, str, required
        node_auth_action_list: ``nodeAuthActionList``, list[DataResourcePolicyTreeStructs], required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_type: str = _attrs.field(metadata={"wire": "resourceType"})
    node_auth_action_list: List[DataResourcePolicyTreeStructs] = _attrs.field(metadata={"wire": "nodeAuthActionList"})


@_attrs.define(kw_only=True, slots=True)
class TreeResourceAuthAction:
    """Wire model ``TreeResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_auth_action_list: ``nodeAuthActionList``, list[TreeStructs], optional
    """

    node_auth_action_list: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "nodeAuthActionList"})


@_attrs.define(kw_only=True, slots=True)
class TreeStructs:
    """Wire model ``TreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
        children: ``children``, list[TreeStructs], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    children: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "children"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationDto:
    """Wire model ``TriggerSyncRiskOperationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_risk_operation_ids: ``syncRiskOperationIds``, list[int], required
    """

    sync_risk_operation_ids: List[int] = _attrs.field(metadata={"wire": "syncRiskOperationIds"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationsDataDto:
    """Wire model ``TriggerSyncRiskOperationsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success_list: ``successList``, list[int], required
        faild_list: ``faildList``, list[int], required
    """

    success_list: List[int] = _attrs.field(metadata={"wire": "successList"})
    faild_list: List[int] = _attrs.field(metadata={"wire": "faildList"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationsRespDto:
    """Wire model ``TriggerSyncRiskOperationsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerSyncRiskOperationsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerSyncRiskOperationsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDataDto:
    """Wire model ``TriggerSyncTaskDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, int, required
    """

    sync_job_id: int = _attrs.field(metadata={"wire": "syncJobId"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDto:
    """Wire model ``TriggerSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskRespDto:
    """Wire model ``TriggerSyncTaskRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerSyncTaskDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerSyncTaskDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookData:
    """Wire model ``TriggerWebhookData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        response: ``response``, Any, required
    """

    response: Any = _attrs.field(metadata={"wire": "response"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookDto:
    """Wire model ``TriggerWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        request_headers: ``requestHeaders``, Any, optional
        request_body: ``requestBody``, Any, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    request_headers: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestHeaders"})
    request_body: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestBody"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookRespDto:
    """Wire model ``TriggerWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerWebhookData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerWebhookData = _attrs.field(metadata={"wire": "data"})
