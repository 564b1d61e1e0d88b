# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListWebhooksDto, ..., LoginHistoryDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a10 import (
        AuthenticateByADDto,
    )
    from ._a11 import (
        AuthenticateByLDAPDto, AuthenticateByPassCodeDto, AuthenticateByPasswordDto,
    )
    from ._g2 import (
        GeoIp,
    )
    from ._l16 import (
        LoginIpWhitelistCheckConfigDto, LoginPassowrdFailCheckConfigDto,
    )
    from ._p1 import (
        ParsedUserAgent,
    )
    from ._s9 import (
        SignInOptionsDto,
    )

__all__ = [
    "ListWebhooksDto", "ListWhitelistDto", "ListWhitelistOfAppDto",
    "ListWhitelistsOfAppParamsType", "ListWhitelistsParamsType", "LogListParamsObjectType",
    "LoggedInAppsDto", "LoginAnomalyDetectionConfigDto",
    "LoginAnomalyDetectionConfigDtoLoginFailStrategy", "LoginByCredentialsDto",
    "LoginByCredentialsDtoConnection", "LoginFailCheckConfigDto", "LoginHistoryDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListWebhooksDto:
    """Wire model ``ListWebhooksDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListWhitelistDto:
    """Wire model ``ListWhitelistDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ListWhitelistOfAppDto:
    """Wire model ``ListWhitelistOfAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
        app_id: ``appId``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


class ListWhitelistsOfAppParamsType(WireEnum):
    """Enum of ``ListWhitelistsOfAppParams.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


class ListWhitelistsParamsType(WireEnum):
    """Enum of ``ListWhitelistsParams.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


class LogListParamsObjectType(WireEnum):
    """Enum of ``LogListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class LoggedInAppsDto:
    """Wire model ``LoggedInAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        active: ``active``, bool, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    active: bool = _attrs.field(metadata={"wire": "active"})


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


@_attrs.define(kw_only=True, slots=True)
class LoginByCredentialsDto(WireBacked):
    """Wire model ``LoginByCredentialsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection: ``connection``, LoginByCredentialsDtoConnection, required
        password_payload: ``passwordPayload``, AuthenticateByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, AuthenticateByPassCodeDto, optional
        ad_payload: ``adPayload``, AuthenticateByADDto, optional
        ldap_payload: ``ldapPayload``, AuthenticateByLDAPDto, optional
        options: ``options``, SignInOptionsDto, optional
    """

    connection: LoginByCredentialsDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: AuthenticateByPasswordDto | None = _attrs.field(default=None, metadata={"wire": "passwordPayload"})
    pass_code_payload: AuthenticateByPassCodeDto | None = _attrs.field(default=None, metadata={"wire": "passCodePayload"})
    ad_payload: AuthenticateByADDto | None = _attrs.field(default=None, metadata={"wire": "adPayload"})
    ldap_payload: AuthenticateByLDAPDto | None = _attrs.field(default=None, metadata={"wire": "ldapPayload"})
    options: SignInOptionsDto | None = _attrs.field(default=None, metadata={"wire": "options"})


class LoginByCredentialsDtoConnection(WireEnum):
    """Enum of ``LoginByCredentialsDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"


@_attrs.define(kw_only=True, slots=True)
class LoginFailCheckConfigDto:
    """Wire model ``LoginFailCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
        unit: ``unit``, str, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
    unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "unit"})


@_attrs.define(kw_only=True, slots=True)
class LoginHistoryDto(WireBacked):
    """Wire model ``LoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        login_at: ``loginAt``, str, required
        client_ip: ``clientIp``, str, required
        success: ``success``, bool, required
        error_message: ``errorMessage``, str, optional
        user_agent: ``userAgent``, str, required
        parsed_user_agent: ``parsedUserAgent``, ParsedUserAgent, required
        login_method: ``loginMethod``, str, required
        geoip: ``geoip``, GeoIp, required
        tenant_id: ``tenantId``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    login_at: str = _attrs.field(metadata={"wire": "loginAt"})
    client_ip: str = _attrs.field(metadata={"wire": "clientIp"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    error_message: str | None = _attrs.field(default=None, metadata={"wire": "errorMessage"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    parsed_user_agent: ParsedUserAgent = _attrs.field(metadata={"wire": "parsedUserAgent"})
    login_method: str = _attrs.field(metadata={"wire": "loginMethod"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
