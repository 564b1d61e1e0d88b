# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevertRosterInvitationDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RevertRosterInvitationDto"]


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationDto:
    """Wire model ``RevertRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
    """

    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
