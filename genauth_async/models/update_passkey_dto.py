# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePasskeyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdatePasskeyDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePasskeyDto:
    """Wire model ``UpdatePasskeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
