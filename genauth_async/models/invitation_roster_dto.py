# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationRosterDto`` and its enum (InvitationRosterDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .common_user_dto import CommonUserDto
from .get_invitation_policy_dto import GetInvitationPolicyDto

__all__ = ["InvitationRosterDto", "InvitationRosterDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterDto(WireBacked):
    """Wire model ``InvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        policy_id: ``policyId``, str, optional
        status: ``status``, InvitationRosterDtoStatus, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        user_count: ``userCount``, int, required
        assigned_policy: ``assignedPolicy``, GetInvitationPolicyDto, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    policy_id: str | None = _attrs.field(default=None, metadata={"wire": "policyId"})
    status: InvitationRosterDtoStatus = _attrs.field(metadata={"wire": "status"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    assigned_policy: GetInvitationPolicyDto = _attrs.field(metadata={"wire": "assignedPolicy"})


class InvitationRosterDtoStatus(WireEnum):
    """Enum of ``InvitationRosterDto.status`` (unknown wire values are kept, not rejected)."""

    EDITING = "editing"
    INVITED = "invited"
