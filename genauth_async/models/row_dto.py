# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RowDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .cell_dto import CellDto

__all__ = ["RowDto"]


@_attrs.define(kw_only=True, slots=True)
class RowDto(WireBacked):
    """Wire model ``RowDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        row_id: ``rowId``, str, required
        cell_list: ``cellList``, list[CellDto], required
    """

    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    cell_list: List[CellDto] = _attrs.field(metadata={"wire": "cellList"})
