# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ArchivedUsersListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_archived_users_resp_dto import ListArchivedUsersRespDto

__all__ = ["ArchivedUsersListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class ArchivedUsersListPagingDto(WireBacked):
    """Wire model ``ArchivedUsersListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListArchivedUsersRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListArchivedUsersRespDto] = _attrs.field(metadata={"wire": "list"})
