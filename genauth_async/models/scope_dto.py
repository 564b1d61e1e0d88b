# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ScopeDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ScopeDto"]


@_attrs.define(kw_only=True, slots=True)
class ScopeDto:
    """Wire model ``ScopeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
