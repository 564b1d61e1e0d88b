# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAllRowVyScrollidDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["GetAllRowVyScrollidDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAllRowVyScrollidDto:
    """Wire model ``GetAllRowVyScrollidDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        size: ``size``, int, required
        model_id: ``modelId``, str, required
        scroll_id: ``scrollId``, str, optional
        id: ``id``, str, optional
        query: ``query``, Any, optional
        get_relation_details: ``getRelationDetails``, bool, optional
    """

    size: int = _attrs.field(metadata={"wire": "size"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    scroll_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scrollId"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    query: Any = _attrs.field(default=_UNSET, metadata={"wire": "query"})
    get_relation_details: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getRelationDetails"})
