# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PaginationInvitationPolicyDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .get_invitation_policy_dto import GetInvitationPolicyDto

__all__ = ["PaginationInvitationPolicyDataDto"]


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyDataDto(WireBacked):
    """Wire model ``PaginationInvitationPolicyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[GetInvitationPolicyDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[GetInvitationPolicyDto] = _attrs.field(metadata={"wire": "list"})
