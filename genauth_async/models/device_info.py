# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeviceInfo`` and its enums (DeviceInfoStatus, DeviceInfoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DeviceInfo", "DeviceInfoStatus", "DeviceInfoType"]


@_attrs.define(kw_only=True, slots=True)
class DeviceInfo:
    """Wire model ``DeviceInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        type: ``type``, DeviceInfoType, required
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        status: ``status``, DeviceInfoStatus, optional
        user_agent: ``userAgent``, str, optional
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    version: str | None = _attrs.field(default=None, metadata={"wire": "version"})
    type: DeviceInfoType = _attrs.field(metadata={"wire": "type"})
    mod: str | None = _attrs.field(default=None, metadata={"wire": "mod"})
    os: str | None = _attrs.field(default=None, metadata={"wire": "os"})
    status: DeviceInfoStatus | None = _attrs.field(default=None, metadata={"wire": "status"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})


class DeviceInfoStatus(WireEnum):
    """Enum of ``DeviceInfo.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class DeviceInfoType(WireEnum):
    """Enum of ``DeviceInfo.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"
