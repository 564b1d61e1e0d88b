# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SuspendTerminalUserDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SuspendTerminalUserDto"]


@_attrs.define(kw_only=True, slots=True)
class SuspendTerminalUserDto:
    """Wire model ``SuspendTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, str, required
        user_id: ``userId``, str, required
        id: ``id``, str, required
    """

    end_time: str = _attrs.field(metadata={"wire": "endTime"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    id: str = _attrs.field(metadata={"wire": "id"})
