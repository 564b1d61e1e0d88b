# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteTerminalUserDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteTerminalUserDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalUserDto:
    """Wire model ``DeleteTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        id: ``id``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    id: str = _attrs.field(metadata={"wire": "id"})
