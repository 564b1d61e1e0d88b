# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SearchDepartmentsReqDto, ..., SendEmailOrPhoneNotificationDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

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

__all__ = [
    "SearchDepartmentsReqDto", "SearchOrganizationsDto", "SecuritySettingsDto",
    "SecuritySettingsRespDto", "SelfUnlockAccountConfigDto", "SelfUnlockAccountConfigDtoStrategy",
    "SendCreateAccountNotificationDto", "SendEmailBatchDataDto", "SendEmailDto",
    "SendEmailDtoChannel", "SendEmailOrPhoneNotificationDto",
]


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsReqDto:
    """Wire model ``SearchDepartmentsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, required
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    keywords: str = _attrs.field(metadata={"wire": "keywords"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SearchOrganizationsDto:
    """Wire model ``SearchOrganizationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class SecuritySettingsDto(WireBacked):
    """Wire model ``SecuritySettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        allowed_origins: ``allowedOrigins``, str, optional
        authing_token_expires_in: ``authingTokenExpiresIn``, int, required
        verify_code_length: ``verifyCodeLength``, int, required
        verify_code_max_attempts: ``verifyCodeMaxAttempts``, int, required
        change_email_strategy: ``changeEmailStrategy``, ChangeEmailStrategyDto, required
        change_phone_strategy: ``changePhoneStrategy``, ChangePhoneStrategyDto, required
        cookie_settings: ``cookieSettings``, CookieSettingsDto, optional
        register_disabled: ``registerDisabled``, bool, required
        register_anomaly_detection: ``registerAnomalyDetection``, RegisterAnomalyDetectionConfigDto, required
        complete_password_after_pass_code_login: ``completePasswordAfterPassCodeLogin``, bool, required
        login_anomaly_detection: ``loginAnomalyDetection``, LoginAnomalyDetectionConfigDto, required
        login_require_email_verified: ``loginRequireEmailVerified``, bool, required
        self_unlock_account: ``selfUnlockAccount``, SelfUnlockAccountConfigDto, required
        enable_login_account_switch: ``enableLoginAccountSwitch``, bool, required
        qrcode_login_strategy: ``qrcodeLoginStrategy``, QrcodeLoginStrategyDto, required
    """

    allowed_origins: str | None = _attrs.field(default=None, metadata={"wire": "allowedOrigins"})
    authing_token_expires_in: int = _attrs.field(metadata={"wire": "authingTokenExpiresIn"})
    verify_code_length: int = _attrs.field(metadata={"wire": "verifyCodeLength"})
    verify_code_max_attempts: int = _attrs.field(metadata={"wire": "verifyCodeMaxAttempts"})
    change_email_strategy: ChangeEmailStrategyDto = _attrs.field(metadata={"wire": "changeEmailStrategy"})
    change_phone_strategy: ChangePhoneStrategyDto = _attrs.field(metadata={"wire": "changePhoneStrategy"})
    cookie_settings: CookieSettingsDto | None = _attrs.field(default=None, metadata={"wire": "cookieSettings"})
    register_disabled: bool = _attrs.field(metadata={"wire": "registerDisabled"})
    register_anomaly_detection: RegisterAnomalyDetectionConfigDto = _attrs.field(metadata={"wire": "registerAnomalyDetection"})
    complete_password_after_pass_code_login: bool = _attrs.field(metadata={"wire": "completePasswordAfterPassCodeLogin"})
    login_anomaly_detection: LoginAnomalyDetectionConfigDto = _attrs.field(metadata={"wire": "loginAnomalyDetection"})
    login_require_email_verified: bool = _attrs.field(metadata={"wire": "loginRequireEmailVerified"})
    self_unlock_account: SelfUnlockAccountConfigDto = _attrs.field(metadata={"wire": "selfUnlockAccount"})
    enable_login_account_switch: bool = _attrs.field(metadata={"wire": "enableLoginAccountSwitch"})
    qrcode_login_strategy: QrcodeLoginStrategyDto = _attrs.field(metadata={"wire": "qrcodeLoginStrategy"})


@_attrs.define(kw_only=True, slots=True)
class SecuritySettingsRespDto(WireBacked):
    """Wire model ``SecuritySettingsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SecuritySettingsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SecuritySettingsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SelfUnlockAccountConfigDto:
    """Wire model ``SelfUnlockAccountConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        strategy: ``strategy``, SelfUnlockAccountConfigDtoStrategy, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    strategy: SelfUnlockAccountConfigDtoStrategy = _attrs.field(metadata={"wire": "strategy"})


class SelfUnlockAccountConfigDtoStrategy(WireEnum):
    """Enum of ``SelfUnlockAccountConfigDto.strategy`` (unknown wire values are kept, not rejected)."""

    CAPTCHA = "captcha"
    PASSWORD_CAPTCHA = "password-captcha"


@_attrs.define(kw_only=True, slots=True)
class SendCreateAccountNotificationDto:
    """Wire model ``SendCreateAccountNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class SendEmailBatchDataDto:
    """Wire model ``SendEmailBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SendEmailDto:
    """Wire model ``SendEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendEmailDtoChannel, required
        email: ``email``, str, required
    """

    channel: SendEmailDtoChannel = _attrs.field(metadata={"wire": "channel"})
    email: str = _attrs.field(metadata={"wire": "email"})


class SendEmailDtoChannel(WireEnum):
    """Enum of ``SendEmailDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class SendEmailOrPhoneNotificationDto:
    """Wire model ``SendEmailOrPhoneNotificationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, str, optional
        send_phone_notification: ``sendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None = _attrs.field(default=None, metadata={"wire": "appId"})
