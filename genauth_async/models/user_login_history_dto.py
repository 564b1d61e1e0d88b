# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserLoginHistoryDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserLoginHistoryDto"]


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryDto:
    """Wire model ``UserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
        client_ip: ``clientIp``, str, required
        user_agent: ``userAgent``, str, optional
        time: ``time``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    client_ip: str = _attrs.field(metadata={"wire": "clientIp"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})
    time: str = _attrs.field(metadata={"wire": "time"})
