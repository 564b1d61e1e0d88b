# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeviceRuleDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeviceRuleDto"]


@_attrs.define(kw_only=True, slots=True)
class DeviceRuleDto:
    """Wire model ``DeviceRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_devices: ``maxOnlineDevices``, int, required
    """

    max_online_devices: int = _attrs.field(metadata={"wire": "maxOnlineDevices"})
