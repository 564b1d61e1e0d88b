# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevokeDeviceSessionDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RevokeDeviceSessionDto"]


@_attrs.define(kw_only=True, slots=True)
class RevokeDeviceSessionDto:
    """Wire model ``RevokeDeviceSessionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})
