# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteInvitationRosterBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteInvitationRosterBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterBatchDto:
    """Wire model ``DeleteInvitationRosterBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ids: ``ids``, list[str], required
    """

    ids: List[str] = _attrs.field(metadata={"wire": "ids"})
