# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DnefPaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .extend_field import ExtendField

__all__ = ["DnefPaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class DnefPaginatedRespDto(WireBacked):
    """Wire model ``DnefPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        next_start_index: ``nextStartIndex``, int, required
        truncated: ``truncated``, bool, required
        list: ``list``, list[ExtendField], required
    """

    next_start_index: int = _attrs.field(metadata={"wire": "nextStartIndex"})
    truncated: bool = _attrs.field(metadata={"wire": "truncated"})
    list: List[ExtendField] = _attrs.field(metadata={"wire": "list"})
