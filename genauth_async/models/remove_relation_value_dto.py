# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveRelationValueDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["RemoveRelationValueDto"]


@_attrs.define(kw_only=True, slots=True)
class RemoveRelationValueDto:
    """Wire model ``RemoveRelationValueDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        field_ids: ``fieldIds``, list[str], required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    field_ids: List[str] = _attrs.field(metadata={"wire": "fieldIds"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
