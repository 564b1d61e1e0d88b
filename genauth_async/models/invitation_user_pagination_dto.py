# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationUserPaginationDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .invitation_user_dto import InvitationUserDto

__all__ = ["InvitationUserPaginationDto"]


@_attrs.define(kw_only=True, slots=True)
class InvitationUserPaginationDto(WireBacked):
    """Wire model ``InvitationUserPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationUserDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationUserDto] = _attrs.field(metadata={"wire": "list"})
