# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAllRowDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .condition import Condition

__all__ = ["GetAllRowDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAllRowDto:
    """Wire model ``GetAllRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        conjunction: ``conjunction``, str, optional
        conditions: ``conditions``, list[Condition], optional
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    conjunction: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conjunction"})
    conditions: List[Condition] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conditions"})
