# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDeviceExclusiveValidScopeSettingsByIdsDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteDeviceExclusiveValidScopeSettingsByIdsDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveValidScopeSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveValidScopeSettingsByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
