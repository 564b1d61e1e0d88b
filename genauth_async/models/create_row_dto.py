# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateRowDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateRowDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateRowDto:
    """Wire model ``CreateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        model_id: ``modelId``, str, required
        row_id: ``rowId``, str, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    row_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rowId"})
