# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginHistoryPaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .login_history_dto import LoginHistoryDto

__all__ = ["LoginHistoryPaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class LoginHistoryPaginatedRespDto(WireBacked):
    """Wire model ``LoginHistoryPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[LoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[LoginHistoryDto] = _attrs.field(metadata={"wire": "list"})
