# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TerminalSessionDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .device_info import DeviceInfo

__all__ = ["TerminalSessionDto"]


@_attrs.define(kw_only=True, slots=True)
class TerminalSessionDto(WireBacked):
    """Wire model ``TerminalSessionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, DeviceInfo, required
        last_login_time: ``lastLoginTime``, str, required
        last_ip: ``lastIp``, str, optional
        online: ``online``, bool, required
    """

    device: DeviceInfo = _attrs.field(metadata={"wire": "device"})
    last_login_time: str = _attrs.field(metadata={"wire": "lastLoginTime"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    online: bool = _attrs.field(metadata={"wire": "online"})
