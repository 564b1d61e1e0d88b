# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CopyRowRelationDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CopyRowRelationDto"]


@_attrs.define(kw_only=True, slots=True)
class CopyRowRelationDto:
    """Wire model ``CopyRowRelationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        relation_row_id: ``relationRowId``, str, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    relation_row_id: str = _attrs.field(metadata={"wire": "relationRowId"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
