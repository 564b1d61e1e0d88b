# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePublicAccountFromUserDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreatePublicAccountFromUserDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountFromUserDto:
    """Wire model ``CreatePublicAccountFromUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
