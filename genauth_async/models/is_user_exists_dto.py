# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IsUserExistsDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["IsUserExistsDto"]


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsDto:
    """Wire model ``IsUserExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exists: ``exists``, bool, required
    """

    exists: bool = _attrs.field(metadata={"wire": "exists"})
