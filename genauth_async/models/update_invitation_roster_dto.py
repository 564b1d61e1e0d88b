# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateInvitationRosterDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateInvitationRosterDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateInvitationRosterDto:
    """Wire model ``UpdateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, optional
        policy_id: ``policyId``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    policy_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyId"})
