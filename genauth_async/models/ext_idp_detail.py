# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtIdpDetail``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ExtIdpDetail"]


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDetail:
    """Wire model ``ExtIdpDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
        connections: ``connections``, Any, required
        auto_join: ``autoJoin``, bool, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    connections: Any = _attrs.field(metadata={"wire": "connections"})
    auto_join: bool = _attrs.field(metadata={"wire": "autoJoin"})
