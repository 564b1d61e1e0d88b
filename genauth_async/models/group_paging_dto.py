# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GroupPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .res_group_dto import ResGroupDto

__all__ = ["GroupPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class GroupPagingDto(WireBacked):
    """Wire model ``GroupPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResGroupDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResGroupDto] = _attrs.field(metadata={"wire": "list"})
