# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateGroupBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .create_group_req_dto import CreateGroupReqDto

__all__ = ["CreateGroupBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateGroupBatchReqDto:
    """Wire model ``CreateGroupBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateGroupReqDto], required
    """

    list: List[CreateGroupReqDto] = _attrs.field(metadata={"wire": "list"})
