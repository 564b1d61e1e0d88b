# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EventAppPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .event_app_dto import EventAppDto

__all__ = ["EventAppPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class EventAppPagingDto(WireBacked):
    """Wire model ``EventAppPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[EventAppDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[EventAppDto] = _attrs.field(metadata={"wire": "list"})
