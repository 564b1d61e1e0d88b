# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetRowBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetRowBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class GetRowBatchDto:
    """Wire model ``GetRowBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_ids: ``rowIds``, list[str], required
        model_id: ``modelId``, str, required
    """

    row_ids: List[str] = _attrs.field(metadata={"wire": "rowIds"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
