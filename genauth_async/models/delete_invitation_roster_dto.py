# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteInvitationRosterDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteInvitationRosterDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterDto:
    """Wire model ``DeleteInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
