# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DefineEventDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DefineEventDto"]


@_attrs.define(kw_only=True, slots=True)
class DefineEventDto:
    """Wire model ``DefineEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_description: ``eventDescription``, str, required
        event_type: ``eventType``, str, required
    """

    event_description: str = _attrs.field(metadata={"wire": "eventDescription"})
    event_type: str = _attrs.field(metadata={"wire": "eventType"})
