# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginAnomalyDetectionConfigDto`` and its enum (LoginAnomalyDetectionConfigDtoLoginFailStrategy)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .login_fail_check_config_dto import LoginFailCheckConfigDto
from .login_ip_whitelist_check_config_dto import LoginIpWhitelistCheckConfigDto
from .login_passowrd_fail_check_config_dto import LoginPassowrdFailCheckConfigDto

__all__ = ["LoginAnomalyDetectionConfigDto", "LoginAnomalyDetectionConfigDtoLoginFailStrategy"]


@_attrs.define(kw_only=True, slots=True)
class LoginAnomalyDetectionConfigDto:
    """Wire model ``LoginAnomalyDetectionConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        login_fail_strategy: ``loginFailStrategy``, LoginAnomalyDetectionConfigDtoLoginFailStrategy, required
        robot_verify: ``robotVerify``, str, required
        account_lock: ``accountLock``, str, required
        login_fail_check: ``loginFailCheck``, LoginFailCheckConfigDto, required
        login_password_fail_check: ``loginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, required
        account_lock_login_password_fail_check: ``accountLockLoginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, optional
        robot_verify_login_password_fail_check: ``robotVerifyLoginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, required
        robot_verify_login_ip_whitelist_check: ``robotVerifyLoginIpWhitelistCheck``, LoginIpWhitelistCheckConfigDto, required
        robot_verify_login_time_check_enable: ``robotVerifyLoginTimeCheckEnable``, bool, required
        robot_verifylogin_week_start_end_time: ``robotVerifyloginWeekStartEndTime``, list[str], required
    """

    login_fail_strategy: LoginAnomalyDetectionConfigDtoLoginFailStrategy = _attrs.field(metadata={"wire": "loginFailStrategy"})
    robot_verify: str = _attrs.field(metadata={"wire": "robotVerify"})
    account_lock: str = _attrs.field(metadata={"wire": "accountLock"})
    login_fail_check: LoginFailCheckConfigDto = _attrs.field(metadata={"wire": "loginFailCheck"})
    login_password_fail_check: LoginPassowrdFailCheckConfigDto = _attrs.field(metadata={"wire": "loginPasswordFailCheck"})
    account_lock_login_password_fail_check: LoginPassowrdFailCheckConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "accountLockLoginPasswordFailCheck"})
    robot_verify_login_password_fail_check: LoginPassowrdFailCheckConfigDto = _attrs.field(metadata={"wire": "robotVerifyLoginPasswordFailCheck"})
    robot_verify_login_ip_whitelist_check: LoginIpWhitelistCheckConfigDto = _attrs.field(metadata={"wire": "robotVerifyLoginIpWhitelistCheck"})
    robot_verify_login_time_check_enable: bool = _attrs.field(metadata={"wire": "robotVerifyLoginTimeCheckEnable"})
    robot_verifylogin_week_start_end_time: List[str] = _attrs.field(metadata={"wire": "robotVerifyloginWeekStartEndTime"})


class LoginAnomalyDetectionConfigDtoLoginFailStrategy(WireEnum):
    """Enum of ``LoginAnomalyDetectionConfigDto.loginFailStrategy`` (unknown wire values are kept, not rejected)."""

    CAPTCHA = "captcha"
    BLOCK_ACCOUNT = "block-account"
