# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OpenEventPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .open_event_dto import OpenEventDto

__all__ = ["OpenEventPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class OpenEventPagingDto(WireBacked):
    """Wire model ``OpenEventPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[OpenEventDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OpenEventDto] = _attrs.field(metadata={"wire": "list"})
