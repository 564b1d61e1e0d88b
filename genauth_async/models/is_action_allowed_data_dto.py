# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IsActionAllowedDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["IsActionAllowedDataDto"]


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDataDto:
    """Wire model ``IsActionAllowedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        allowed: ``allowed``, bool, required
    """

    allowed: bool = _attrs.field(metadata={"wire": "allowed"})
