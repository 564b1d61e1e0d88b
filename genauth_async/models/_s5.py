# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SetCustomFieldDto, ..., SetUserCustomDataRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c23 import (
        CustomFieldI18n, CustomFieldSelectOption,
    )
    from ._g12 import (
        GetMfaInfoDataDto,
    )

__all__ = [
    "SetCustomFieldDto", "SetCustomFieldDtoDataType", "SetCustomFieldDtoTargetType",
    "SetCustomFieldsReqDto", "SetInvitationPolicyUserAttributionMainDepartmentDto",
    "SetMfaStatusDto", "SetMfaStatusDtoUserIdType", "SetPublicAccountBatchReqDto",
    "SetUserBaseFieldDto", "SetUserBaseFieldsReqDto", "SetUserCustomDataDto",
    "SetUserCustomDataRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldDto:
    """Wire model ``SetCustomFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, SetCustomFieldDtoTargetType, required
        key: ``key``, str, required
        data_type: ``dataType``, SetCustomFieldDtoDataType, optional
        label: ``label``, str, optional
        description: ``description``, str, optional
        encrypted: ``encrypted``, bool, optional
        is_unique: ``isUnique``, bool, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        validate_rules: ``validateRules``, Any, optional
        app_ids: ``appIds``, list[str], optional
        desensitization: ``desensitization``, bool, optional
        options: ``options``, list[CustomFieldSelectOption], optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    target_type: SetCustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    data_type: SetCustomFieldDtoDataType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dataType"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    encrypted: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encrypted"})
    is_unique: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isUnique"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    validate_rules: Any = _attrs.field(default=_UNSET, metadata={"wire": "validateRules"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    desensitization: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "desensitization"})
    options: List[CustomFieldSelectOption] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class SetCustomFieldDtoDataType(WireEnum):
    """Enum of ``SetCustomFieldDto.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"


class SetCustomFieldDtoTargetType(WireEnum):
    """Enum of ``SetCustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldsReqDto:
    """Wire model ``SetCustomFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomFieldDto], required
        tenant_id: ``tenantId``, str, optional
    """

    list: List[SetCustomFieldDto] = _attrs.field(metadata={"wire": "list"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SetInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``SetInvitationPolicyUserAttributionMainDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class SetMfaStatusDto:
    """Wire model ``SetMfaStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_trigger_data: ``mfaTriggerData``, GetMfaInfoDataDto, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, SetMfaStatusDtoUserIdType, optional
    """

    mfa_trigger_data: GetMfaInfoDataDto = _attrs.field(metadata={"wire": "mfaTriggerData"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: SetMfaStatusDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class SetMfaStatusDtoUserIdType(WireEnum):
    """Enum of ``SetMfaStatusDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class SetPublicAccountBatchReqDto:
    """Wire model ``SetPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        public_account_id: ``publicAccountId``, str, required
        user_ids: ``userIds``, list[str], required
    """

    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldDto:
    """Wire model ``SetUserBaseFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, optional
        description: ``description``, str, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldsReqDto:
    """Wire model ``SetUserBaseFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetUserBaseFieldDto], required
    """

    list: List[SetUserBaseFieldDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SetUserCustomDataDto:
    """Wire model ``SetUserCustomDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SetUserCustomDataRespDto(WireBacked):
    """Wire model ``SetUserCustomDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SetUserCustomDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SetUserCustomDataDto = _attrs.field(metadata={"wire": "data"})
