# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .sync_task_dto import SyncTaskDto

__all__ = ["SyncTaskPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskPagingDto(WireBacked):
    """Wire model ``SyncTaskPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncTaskDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncTaskDto] = _attrs.field(metadata={"wire": "list"})
