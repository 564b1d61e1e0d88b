# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevertRosterInvitationBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["RevertRosterInvitationBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationBatchDto:
    """Wire model ``RevertRosterInvitationBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})
