# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``QuickFilterInviteePaginationDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .quick_filter_invitee_record_dto import QuickFilterInviteeRecordDto

__all__ = ["QuickFilterInviteePaginationDto"]


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInviteePaginationDto(WireBacked):
    """Wire model ``QuickFilterInviteePaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[QuickFilterInviteeRecordDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[QuickFilterInviteeRecordDto] = _attrs.field(metadata={"wire": "list"})
