# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PubEventDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["PubEventDto"]


@_attrs.define(kw_only=True, slots=True)
class PubEventDto:
    """Wire model ``PubEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_type: ``eventType``, str, required
        event_data: ``eventData``, Any, required
    """

    event_type: str = _attrs.field(metadata={"wire": "eventType"})
    event_data: Any = _attrs.field(metadata={"wire": "eventData"})
