# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PostPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .post_item_dto import PostItemDto

__all__ = ["PostPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PostPagingDto(WireBacked):
    """Wire model ``PostPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PostItemDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PostItemDto] = _attrs.field(metadata={"wire": "list"})
