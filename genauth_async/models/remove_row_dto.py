# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveRowDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["RemoveRowDto"]


@_attrs.define(kw_only=True, slots=True)
class RemoveRowDto:
    """Wire model ``RemoveRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_id_list: ``rowIdList``, list[str], required
        model_id: ``modelId``, str, required
        recursive: ``recursive``, bool, optional
    """

    row_id_list: List[str] = _attrs.field(metadata={"wire": "rowIdList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    recursive: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recursive"})
