# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetDeviceExclusiveValidScopeDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetDeviceExclusiveValidScopeDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeDataDto:
    """Wire model ``GetDeviceExclusiveValidScopeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        app_logo: ``appLogo``, str, optional
        created_at: ``createdAt``, str, required
        is_default: ``isDefault``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None = _attrs.field(default=None, metadata={"wire": "appName"})
    app_logo: str | None = _attrs.field(default=None, metadata={"wire": "appLogo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    is_default: bool | None = _attrs.field(default=None, metadata={"wire": "isDefault"})
