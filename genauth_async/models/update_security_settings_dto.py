# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateSecuritySettingsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .change_email_strategy_dto import ChangeEmailStrategyDto
from .change_phone_strategy_dto import ChangePhoneStrategyDto
from .cookie_settings_dto import CookieSettingsDto
from .login_anomaly_detection_config_dto import LoginAnomalyDetectionConfigDto
from .qrcode_login_strategy_dto import QrcodeLoginStrategyDto
from .register_anomaly_detection_config_dto import RegisterAnomalyDetectionConfigDto
from .self_unlock_account_config_dto import SelfUnlockAccountConfigDto

__all__ = ["UpdateSecuritySettingsDto"]


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
