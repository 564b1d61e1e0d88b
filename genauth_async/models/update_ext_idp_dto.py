# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateExtIdpDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpDto:
    """Wire model ``UpdateExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
