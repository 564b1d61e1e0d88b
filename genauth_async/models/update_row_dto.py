# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateRowDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateRowDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateRowDto:
    """Wire model ``UpdateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
        show_field_id: ``showFieldId``, bool, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})
