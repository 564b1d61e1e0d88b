# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateRoleDto, ..., UpdateTenantCooperatorDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._c1 import (
        ChangeEmailStrategyDto, ChangePhoneStrategyDto,
    )
    from ._c6 import (
        CookieSettingsDto,
    )
    from ._l15 import (
        LoginAnomalyDetectionConfigDto,
    )
    from ._q import (
        QrcodeLoginStrategyDto,
    )
    from ._r1 import (
        RegisterAnomalyDetectionConfigDto,
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
    from ._s2 import (
        SelfUnlockAccountConfigDto,
    )

__all__ = [
    "UpdateRoleDto", "UpdateRosterUserInfoDto", "UpdateRowDto", "UpdateSecuritySettingsDto",
    "UpdateSyncTaskDto", "UpdateSyncTaskDtoSyncTaskFlow", "UpdateSyncTaskDtoSyncTaskTrigger",
    "UpdateSyncTaskDtoSyncTaskType", "UpdateTenantAppqrcodeState", "UpdateTenantCooperatorDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateRoleDto:
    """Wire model ``UpdateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        new_code: ``newCode``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        status: ``status``, str, optional
        disable_time: ``disableTime``, str, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    new_code: str = _attrs.field(metadata={"wire": "newCode"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enablePermissionApply"})


@_attrs.define(kw_only=True, slots=True)
class UpdateRosterUserInfoDto:
    """Wire model ``UpdateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        name: ``name``, str, required
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    name: str = _attrs.field(metadata={"wire": "name"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdateRowDto:
    """Wire model ``UpdateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
        show_field_id: ``showFieldId``, bool, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateSecuritySettingsDto:
    """Wire model ``UpdateSecuritySettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        allowed_origins: ``allowedOrigins``, list[str], optional
        authing_token_expires_in: ``authingTokenExpiresIn``, int, optional
        verify_code_length: ``verifyCodeLength``, int, optional
        verify_code_max_attempts: ``verifyCodeMaxAttempts``, int, optional
        change_email_strategy: ``changeEmailStrategy``, ChangeEmailStrategyDto, optional
        change_phone_strategy: ``changePhoneStrategy``, ChangePhoneStrategyDto, optional
        cookie_settings: ``cookieSettings``, CookieSettingsDto, optional
        register_disabled: ``registerDisabled``, bool, optional
        register_anomaly_detection: ``registerAnomalyDetection``, RegisterAnomalyDetectionConfigDto, optional
        complete_password_after_pass_code_login: ``completePasswordAfterPassCodeLogin``, bool, optional
        login_anomaly_detection: ``loginAnomalyDetection``, LoginAnomalyDetectionConfigDto, optional
        login_require_email_verified: ``loginRequireEmailVerified``, bool, optional
        self_unlock_account: ``selfUnlockAccount``, SelfUnlockAccountConfigDto, optional
        enable_login_account_switch: ``enableLoginAccountSwitch``, bool, optional
        qrcode_login_strategy: ``qrcodeLoginStrategy``, QrcodeLoginStrategyDto, optional
    """

    allowed_origins: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowedOrigins"})
    authing_token_expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authingTokenExpiresIn"})
    verify_code_length: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "verifyCodeLength"})
    verify_code_max_attempts: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "verifyCodeMaxAttempts"})
    change_email_strategy: ChangeEmailStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "changeEmailStrategy"})
    change_phone_strategy: ChangePhoneStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "changePhoneStrategy"})
    cookie_settings: CookieSettingsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "cookieSettings"})
    register_disabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerDisabled"})
    register_anomaly_detection: RegisterAnomalyDetectionConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerAnomalyDetection"})
    complete_password_after_pass_code_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "completePasswordAfterPassCodeLogin"})
    login_anomaly_detection: LoginAnomalyDetectionConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginAnomalyDetection"})
    login_require_email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginRequireEmailVerified"})
    self_unlock_account: SelfUnlockAccountConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "selfUnlockAccount"})
    enable_login_account_switch: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableLoginAccountSwitch"})
    qrcode_login_strategy: QrcodeLoginStrategyDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeLoginStrategy"})


@_attrs.define(kw_only=True, slots=True)
class UpdateSyncTaskDto:
    """Wire model ``UpdateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
        sync_task_name: ``syncTaskName``, str, optional
        sync_task_type: ``syncTaskType``, UpdateSyncTaskDtoSyncTaskType, optional
        client_config: ``clientConfig``, SyncTaskClientConfig, optional
        sync_task_flow: ``syncTaskFlow``, UpdateSyncTaskDtoSyncTaskFlow, optional
        sync_task_trigger: ``syncTaskTrigger``, UpdateSyncTaskDtoSyncTaskTrigger, optional
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    sync_task_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskName"})
    sync_task_type: UpdateSyncTaskDtoSyncTaskType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskType"})
    client_config: SyncTaskClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientConfig"})
    sync_task_flow: UpdateSyncTaskDtoSyncTaskFlow | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskFlow"})
    sync_task_trigger: UpdateSyncTaskDtoSyncTaskTrigger | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskTrigger"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    field_mapping: List[SyncTaskFieldMapping] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldMapping"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class UpdateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class UpdateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class UpdateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

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
class UpdateTenantAppqrcodeState:
    """Wire model ``UpdateTenantAppqrcodeState`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantCooperatorDto:
    """Wire model ``UpdateTenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        api_authorized: ``apiAuthorized``, bool, required
        policies: ``policies``, list[str], required
    """

    api_authorized: bool = _attrs.field(metadata={"wire": "apiAuthorized"})
    policies: List[str] = _attrs.field(metadata={"wire": "policies"})
