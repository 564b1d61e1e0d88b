# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateDepartmentReqDto, ..., UpdateEmailVerifyRequestDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._c6 import (
        Config,
    )
    from ._d7 import (
        DepartmentI18nDto,
    )
    from ._d8 import (
        DeviceRuleDto,
    )
    from ._i1 import (
        IPRuleDto,
    )
    from ._u5 import (
        UpdateEmailVerifyRequestDtoVerifyMethod,
    )

__all__ = [
    "UpdateDepartmentReqDto", "UpdateDepartmentReqDtoDepartmentIdType",
    "UpdateDepartmentStatusReqDto", "UpdateDeviceExclusiveRuleDto",
    "UpdateDeviceExclusiveRuleDtoRule", "UpdateDnefReq", "UpdateEmailByEmailPassCodeDto",
    "UpdateEmailDto", "UpdateEmailTemplateDto", "UpdateEmailTemplateDtoTplEngine",
    "UpdateEmailTemplateDtoType", "UpdateEmailVerifyRequestDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentReqDto:
    """Wire model ``UpdateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        metadata: ``metadata``, Any, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        status: ``status``, bool, optional
        name: ``name``, str, optional
        department_id_type: ``departmentIdType``, UpdateDepartmentReqDtoDepartmentIdType, optional
        parent_department_id: ``parentDepartmentId``, str, optional
        custom_data: ``customData``, Any, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    status: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    department_id_type: UpdateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    parent_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parentDepartmentId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class UpdateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``UpdateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentStatusReqDto:
    """Wire model ``UpdateDepartmentStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, bool, required
        department_id: ``departmentId``, str, required
    """

    status: bool = _attrs.field(metadata={"wire": "status"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateDeviceExclusiveRuleDto:
    """Wire model ``UpdateDeviceExclusiveRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        rule: ``rule``, UpdateDeviceExclusiveRuleDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: UpdateDeviceExclusiveRuleDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ipRule"})


class UpdateDeviceExclusiveRuleDtoRule(WireEnum):
    """Enum of ``UpdateDeviceExclusiveRuleDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"


@_attrs.define(kw_only=True, slots=True)
class UpdateDnefReq:
    """Wire model ``UpdateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        label: ``label``, str, optional
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailByEmailPassCodeDto:
    """Wire model ``UpdateEmailByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_email: ``newEmail``, str, required
        new_email_pass_code: ``newEmailPassCode``, str, required
        old_email: ``oldEmail``, str, optional
        old_email_pass_code: ``oldEmailPassCode``, str, optional
    """

    new_email: str = _attrs.field(metadata={"wire": "newEmail"})
    new_email_pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "newEmailPassCode"})
    old_email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldEmail"})
    old_email_pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldEmailPassCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailDto:
    """Wire model ``UpdateEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_email_token: ``updateEmailToken``, str, required
    """

    update_email_token: str = _attrs.field(repr=_masked, metadata={"wire": "updateEmailToken"})


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailTemplateDto:
    """Wire model ``UpdateEmailTemplateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, UpdateEmailTemplateDtoType, required
        customize_enabled: ``customizeEnabled``, bool, required
        name: ``name``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
        content: ``content``, str, required
        expires_in: ``expiresIn``, int, optional
        redirect_to: ``redirectTo``, str, optional
        tpl_engine: ``tplEngine``, UpdateEmailTemplateDtoTplEngine, optional
    """

    type: UpdateEmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    customize_enabled: bool = _attrs.field(metadata={"wire": "customizeEnabled"})
    name: str = _attrs.field(metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    content: str = _attrs.field(metadata={"wire": "content"})
    expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expiresIn"})
    redirect_to: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "redirectTo"})
    tpl_engine: UpdateEmailTemplateDtoTplEngine | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tplEngine"})


class UpdateEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``UpdateEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class UpdateEmailTemplateDtoType(WireEnum):
    """Enum of ``UpdateEmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

    WELCOME_EMAIL = "WELCOME_EMAIL"
    FIRST_CREATED_USER = "FIRST_CREATED_USER"
    REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE"
    LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE"
    MFA_VERIFY_CODE = "MFA_VERIFY_CODE"
    INFORMATION_COMPLETION_VERIFY_CODE = "INFORMATION_COMPLETION_VERIFY_CODE"
    FIRST_EMAIL_LOGIN_VERIFY = "FIRST_EMAIL_LOGIN_VERIFY"
    CONSOLE_CONDUCTED_VERIFY = "CONSOLE_CONDUCTED_VERIFY"
    USER_PASSWORD_UPDATE_REMIND = "USER_PASSWORD_UPDATE_REMIND"
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION = "ADMIN_RESET_USER_PASSWORD_NOTIFICATION"
    USER_PASSWORD_RESET_NOTIFICATION = "USER_PASSWORD_RESET_NOTIFICATION"
    RESET_PASSWORD_VERIFY_CODE = "RESET_PASSWORD_VERIFY_CODE"
    SELF_UNLOCKING_VERIFY_CODE = "SELF_UNLOCKING_VERIFY_CODE"
    EMAIL_BIND_VERIFY_CODE = "EMAIL_BIND_VERIFY_CODE"
    EMAIL_UNBIND_VERIFY_CODE = "EMAIL_UNBIND_VERIFY_CODE"


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailVerifyRequestDto(WireBacked):
    """Wire model ``UpdateEmailVerifyRequestDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email_passcode_payload: ``emailPasscodePayload``, UpdateEmailByEmailPassCodeDto, required
        verify_method: ``verifyMethod``, UpdateEmailVerifyRequestDtoVerifyMethod, required
    """

    email_passcode_payload: UpdateEmailByEmailPassCodeDto = _attrs.field(metadata={"wire": "emailPasscodePayload"})
    verify_method: UpdateEmailVerifyRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})
