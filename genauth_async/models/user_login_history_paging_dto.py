# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserLoginHistoryPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_login_history_dto import UserLoginHistoryDto

__all__ = ["UserLoginHistoryPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryPagingDto(WireBacked):
    """Wire model ``UserLoginHistoryPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserLoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserLoginHistoryDto] = _attrs.field(metadata={"wire": "list"})
