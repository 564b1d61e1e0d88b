# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationRosterPaginationDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .invitation_roster_dto import InvitationRosterDto

__all__ = ["InvitationRosterPaginationDto"]


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterPaginationDto(WireBacked):
    """Wire model ``InvitationRosterPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationRosterDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationRosterDto] = _attrs.field(metadata={"wire": "list"})
