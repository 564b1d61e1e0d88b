# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SecuritySettingsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .change_email_strategy_dto import ChangeEmailStrategyDto
from .change_phone_strategy_dto import ChangePhoneStrategyDto
from .cookie_settings_dto import CookieSettingsDto
from .login_anomaly_detection_config_dto import LoginAnomalyDetectionConfigDto
from .qrcode_login_strategy_dto import QrcodeLoginStrategyDto
from .register_anomaly_detection_config_dto import RegisterAnomalyDetectionConfigDto
from .self_unlock_account_config_dto import SelfUnlockAccountConfigDto

__all__ = ["SecuritySettingsDto"]


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
