# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationUserDto`` and its enums (InvitationUserDtoSource, InvitationUserDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .common_user_dto import CommonUserDto

__all__ = ["InvitationUserDto", "InvitationUserDtoSource", "InvitationUserDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class InvitationUserDto(WireBacked):
    """Wire model ``InvitationUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        invitee_id: ``inviteeId``, str, required
        name: ``name``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
        email: ``email``, str, required
        status: ``status``, InvitationUserDtoStatus, required
        source: ``source``, InvitationUserDtoSource, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    email: str = _attrs.field(metadata={"wire": "email"})
    status: InvitationUserDtoStatus = _attrs.field(metadata={"wire": "status"})
    source: InvitationUserDtoSource = _attrs.field(metadata={"wire": "source"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class InvitationUserDtoSource(WireEnum):
    """Enum of ``InvitationUserDto.source`` (unknown wire values are kept, not rejected)."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class InvitationUserDtoStatus(WireEnum):
    """Enum of ``InvitationUserDto.status`` (unknown wire values are kept, not rejected)."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"
