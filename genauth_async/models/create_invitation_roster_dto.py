# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateInvitationRosterDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateInvitationRosterDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateInvitationRosterDto:
    """Wire model ``CreateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
