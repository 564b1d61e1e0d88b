# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PolicyInviteeJoinedDto`` and its enum (PolicyInviteeJoinedDtoReceiverType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .invitee_profile_dto import InviteeProfileDto
from .policy_invite_joined_options_dto import PolicyInviteJoinedOptionsDto

__all__ = ["PolicyInviteeJoinedDto", "PolicyInviteeJoinedDtoReceiverType"]


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteeJoinedDto:
    """Wire model ``PolicyInviteeJoinedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, required
        code: ``code``, str, optional
        receiver_type: ``receiverType``, PolicyInviteeJoinedDtoReceiverType, optional
        profile: ``profile``, InviteeProfileDto, optional
        options: ``options``, PolicyInviteJoinedOptionsDto, optional
    """

    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})
    receiver_type: PolicyInviteeJoinedDtoReceiverType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "receiverType"})
    profile: InviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: PolicyInviteJoinedOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class PolicyInviteeJoinedDtoReceiverType(WireEnum):
    """Enum of ``PolicyInviteeJoinedDto.receiverType`` (unknown wire values are kept, not rejected)."""

    SMS_CODE = "smsCode"
    EMAIL_CODE = "emailCode"
