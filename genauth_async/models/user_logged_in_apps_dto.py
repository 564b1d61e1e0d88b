# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserLoggedInAppsDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserLoggedInAppsDto"]


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInAppsDto:
    """Wire model ``UserLoggedInAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
