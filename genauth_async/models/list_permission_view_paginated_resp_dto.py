# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPermissionViewPaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_permission_view_resp_dto import ListPermissionViewRespDto

__all__ = ["ListPermissionViewPaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewPaginatedRespDto(WireBacked):
    """Wire model ``ListPermissionViewPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListPermissionViewRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListPermissionViewRespDto] = _attrs.field(metadata={"wire": "list"})
