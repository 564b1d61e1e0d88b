# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnablePermissionApplyApplication`` and its enum (EnablePermissionApplyApplicationAppType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["EnablePermissionApplyApplication", "EnablePermissionApplyApplicationAppType"]


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplication:
    """Wire model ``EnablePermissionApplyApplication`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        logo: ``logo``, str, required
        app_type: ``appType``, EnablePermissionApplyApplicationAppType, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    app_type: EnablePermissionApplyApplicationAppType = _attrs.field(metadata={"wire": "appType"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class EnablePermissionApplyApplicationAppType(WireEnum):
    """Enum of ``EnablePermissionApplyApplication.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"
