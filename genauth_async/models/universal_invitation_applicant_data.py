# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UniversalInvitationApplicantData`` and its enums (UniversalInvitationApplicantDataChannel, UniversalInvitationApplicantDataStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .common_user_dto import CommonUserDto

__all__ = ["UniversalInvitationApplicantData", "UniversalInvitationApplicantDataChannel", "UniversalInvitationApplicantDataStatus"]


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationApplicantData(WireBacked):
    """Wire model ``UniversalInvitationApplicantData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        applicant: ``applicant``, str, required
        email: ``email``, str, required
        inviter_id: ``inviterId``, str, required
        operator_id: ``operatorId``, str, optional
        status: ``status``, UniversalInvitationApplicantDataStatus, required
        channel: ``channel``, UniversalInvitationApplicantDataChannel, required
        inviter_detail: ``inviterDetail``, CommonUserDto, optional
        operator_detail: ``operatorDetail``, CommonUserDto, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    applicant: str = _attrs.field(metadata={"wire": "applicant"})
    email: str = _attrs.field(metadata={"wire": "email"})
    inviter_id: str = _attrs.field(metadata={"wire": "inviterId"})
    operator_id: str | None = _attrs.field(default=None, metadata={"wire": "operatorId"})
    status: UniversalInvitationApplicantDataStatus = _attrs.field(metadata={"wire": "status"})
    channel: UniversalInvitationApplicantDataChannel = _attrs.field(metadata={"wire": "channel"})
    inviter_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "inviterDetail"})
    operator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "operatorDetail"})


class UniversalInvitationApplicantDataChannel(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.channel`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    AUTO = "AUTO"


class UniversalInvitationApplicantDataStatus(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"
    REJECTED = "REJECTED"
