# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserActionLogRespData``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_action_log_dto import UserActionLogDto

__all__ = ["UserActionLogRespData"]


@_attrs.define(kw_only=True, slots=True)
class UserActionLogRespData(WireBacked):
    """Wire model ``UserActionLogRespData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserActionLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserActionLogDto] = _attrs.field(metadata={"wire": "list"})
