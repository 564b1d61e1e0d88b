# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserAttributionPaginationDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_attribution_dto import UserAttributionDto

__all__ = ["UserAttributionPaginationDto"]


@_attrs.define(kw_only=True, slots=True)
class UserAttributionPaginationDto(WireBacked):
    """Wire model ``UserAttributionPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[UserAttributionDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[UserAttributionDto] = _attrs.field(metadata={"wire": "list"})
