# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationSimpleInfoDto`` and its enum (ApplicationSimpleInfoDtoAppType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ApplicationSimpleInfoDto", "ApplicationSimpleInfoDtoAppType"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoDto:
    """Wire model ``ApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_identifier: ``appIdentifier``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, ApplicationSimpleInfoDtoAppType, required
        is_integrate_app: ``isIntegrateApp``, bool, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_identifier: str = _attrs.field(metadata={"wire": "appIdentifier"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_description: str | None = _attrs.field(default=None, metadata={"wire": "appDescription"})
    app_type: ApplicationSimpleInfoDtoAppType = _attrs.field(metadata={"wire": "appType"})
    is_integrate_app: bool = _attrs.field(metadata={"wire": "isIntegrateApp"})


class ApplicationSimpleInfoDtoAppType(WireEnum):
    """Enum of ``ApplicationSimpleInfoDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"
