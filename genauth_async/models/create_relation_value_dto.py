# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateRelationValueDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["CreateRelationValueDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateRelationValueDto:
    """Wire model ``CreateRelationValueDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value_list: ``valueList``, list[str], required
        row_id: ``rowId``, str, required
        field_id: ``fieldId``, str, required
        model_id: ``modelId``, str, required
    """

    value_list: List[str] = _attrs.field(metadata={"wire": "valueList"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
