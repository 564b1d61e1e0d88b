# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SaveDeviceExclusiveValidScopeSettingsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["SaveDeviceExclusiveValidScopeSettingsDto"]


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveValidScopeSettingsDto:
    """Wire model ``SaveDeviceExclusiveValidScopeSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
