# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtIdpDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDto:
    """Wire model ``ExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})
