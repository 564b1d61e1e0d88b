# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendRosterInvitationDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SendRosterInvitationDto"]


@_attrs.define(kw_only=True, slots=True)
class SendRosterInvitationDto:
    """Wire model ``SendRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
