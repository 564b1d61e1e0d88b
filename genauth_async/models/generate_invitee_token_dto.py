# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateInviteeTokenDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

from .invitee_context_dto import InviteeContextDto

__all__ = ["GenerateInviteeTokenDto"]


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteeTokenDto(WireBacked):
    """Wire model ``GenerateInviteeTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        invitation_context: ``invitationContext``, InviteeContextDto, optional
    """

    token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "token"})
    invitation_context: InviteeContextDto | None = _attrs.field(default=None, metadata={"wire": "invitationContext"})
