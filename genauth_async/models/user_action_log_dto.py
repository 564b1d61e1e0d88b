# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserActionLogDto`` and its enum (UserActionLogDtoEventType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .geo_ip import GeoIp
from .parsed_user_agent import ParsedUserAgent

__all__ = ["UserActionLogDto", "UserActionLogDtoEventType"]


@_attrs.define(kw_only=True, slots=True)
class UserActionLogDto(WireBacked):
    """Wire model ``UserActionLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_avatar: ``userAvatar``, str, required
        user_display_name: ``userDisplayName``, str, required
        user_logins_count: ``userLoginsCount``, int, required
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, UserActionLogDtoEventType, required
        event_detail: ``eventDetail``, str, optional
        success: ``success``, bool, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        user_agent: ``userAgent``, str, required
        parsed_user_agent: ``parsedUserAgent``, ParsedUserAgent, required
        geoip: ``geoip``, GeoIp, required
        timestamp: ``timestamp``, str, required
        request_id: ``requestId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_avatar: str = _attrs.field(metadata={"wire": "userAvatar"})
    user_display_name: str = _attrs.field(metadata={"wire": "userDisplayName"})
    user_logins_count: int = _attrs.field(metadata={"wire": "userLoginsCount"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    client_ip: str | None = _attrs.field(default=None, metadata={"wire": "clientIp"})
    event_type: UserActionLogDtoEventType = _attrs.field(metadata={"wire": "eventType"})
    event_detail: str | None = _attrs.field(default=None, metadata={"wire": "eventDetail"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    parsed_user_agent: ParsedUserAgent = _attrs.field(metadata={"wire": "parsedUserAgent"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    request_id: str = _attrs.field(metadata={"wire": "requestId"})


class UserActionLogDtoEventType(WireEnum):
    """Enum of ``UserActionLogDto.eventType`` (unknown wire values are kept, not rejected)."""

    LOGIN = "login"
    LOGOUT = "logout"
    REGISTER = "register"
    VERIFY_MFA = "verifyMfa"
    UPDATE_USER_PREFILE = "updateUserPrefile"
    UPDATE_USER_PASSWORD = "updateUserPassword"
    UPDATE_USER_EMAIL = "updateUserEmail"
    UPDATE_USER_PHONE = "updateUserPhone"
    BIND_MFA = "bindMfa"
    BIND_EMAIL = "bindEmail"
    BIND_PHONE = "bindPhone"
    UNBIND_PHONE = "unbindPhone"
    UNBIND_EMAIL = "unbindEmail"
    UNBIND_MFA = "unbindMFA"
    REFRESH_USER_TOKEN_BY_SELF = "refreshUserTokenBySelf"
    DELETE_ACCOUNT = "deleteAccount"
    VERIFY_FIRST_LOGIN = "verifyFirstLogin"
    SECURITY_RESOURCE_ACCESS = "securityResourceAccess"
