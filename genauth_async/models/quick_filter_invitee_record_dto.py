# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``QuickFilterInviteeRecordDto`` and its enums (QuickFilterInviteeRecordDtoInviteeSource, QuickFilterInviteeRecordDtoInviteeStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["QuickFilterInviteeRecordDto", "QuickFilterInviteeRecordDtoInviteeSource", "QuickFilterInviteeRecordDtoInviteeStatus"]


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInviteeRecordDto:
    """Wire model ``QuickFilterInviteeRecordDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        roster_name: ``rosterName``, str, required
        invitee_id: ``inviteeId``, str, required
        invitee_name: ``inviteeName``, str, required
        invitee_phone_country_code: ``inviteePhoneCountryCode``, str, optional
        invitee_phone: ``inviteePhone``, str, optional
        invitee_email: ``inviteeEmail``, str, required
        invitee_status: ``inviteeStatus``, QuickFilterInviteeRecordDtoInviteeStatus, required
        invitee_source: ``inviteeSource``, QuickFilterInviteeRecordDtoInviteeSource, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    roster_name: str = _attrs.field(metadata={"wire": "rosterName"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    invitee_name: str = _attrs.field(metadata={"wire": "inviteeName"})
    invitee_phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "inviteePhoneCountryCode"})
    invitee_phone: str | None = _attrs.field(default=None, metadata={"wire": "inviteePhone"})
    invitee_email: str = _attrs.field(metadata={"wire": "inviteeEmail"})
    invitee_status: QuickFilterInviteeRecordDtoInviteeStatus = _attrs.field(metadata={"wire": "inviteeStatus"})
    invitee_source: QuickFilterInviteeRecordDtoInviteeSource = _attrs.field(metadata={"wire": "inviteeSource"})


class QuickFilterInviteeRecordDtoInviteeSource(WireEnum):
    """Enum of ``QuickFilterInviteeRecordDto.inviteeSource`` (unknown wire values are kept, not rejected)."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class QuickFilterInviteeRecordDtoInviteeStatus(WireEnum):
    """Enum of ``QuickFilterInviteeRecordDto.inviteeStatus`` (unknown wire values are kept, not rejected)."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"
