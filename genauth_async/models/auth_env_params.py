# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthEnvParams`` and its enums (AuthEnvParamsBrowserType, AuthEnvParamsDeviceType, AuthEnvParamsSystemType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["AuthEnvParams", "AuthEnvParamsBrowserType", "AuthEnvParamsDeviceType", "AuthEnvParamsSystemType"]


@_attrs.define(kw_only=True, slots=True)
class AuthEnvParams:
    """Wire model ``AuthEnvParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ip: ``ip``, str, optional
        city: ``city``, str, optional
        province: ``province``, str, optional
        country: ``country``, str, optional
        device_type: ``deviceType``, AuthEnvParamsDeviceType, optional
        system_type: ``systemType``, AuthEnvParamsSystemType, optional
        browser_type: ``browserType``, AuthEnvParamsBrowserType, optional
        request_date: ``requestDate``, str, optional
    """

    ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ip"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    device_type: AuthEnvParamsDeviceType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceType"})
    system_type: AuthEnvParamsSystemType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "systemType"})
    browser_type: AuthEnvParamsBrowserType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browserType"})
    request_date: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestDate"})


class AuthEnvParamsBrowserType(WireEnum):
    """Enum of ``AuthEnvParams.browserType`` (unknown wire values are kept, not rejected)."""

    IE = "IE"
    CHROME = "Chrome"
    FIREFOX = "Firefox"
    SAFARI = "Safari"
    EDGE = "Edge"
    OPERA = "Opera"
    SAFE360 = "Safe360"
    QQBROWSER = "QQBrowser"


class AuthEnvParamsDeviceType(WireEnum):
    """Enum of ``AuthEnvParams.deviceType`` (unknown wire values are kept, not rejected)."""

    PC = "PC"
    MOBILE = "Mobile"


class AuthEnvParamsSystemType(WireEnum):
    """Enum of ``AuthEnvParams.systemType`` (unknown wire values are kept, not rejected)."""

    WINDOWS = "Windows"
    MAC_OS = "MacOS"
    ANDROID = "Android"
    I_OS = "iOS"
