# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginHistoryDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .geo_ip import GeoIp
from .parsed_user_agent import ParsedUserAgent

__all__ = ["LoginHistoryDto"]


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
