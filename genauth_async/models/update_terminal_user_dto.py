# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateTerminalUserDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateTerminalUserDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateTerminalUserDto:
    """Wire model ``UpdateTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
