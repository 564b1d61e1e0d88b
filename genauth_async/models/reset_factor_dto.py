# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetFactorDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ResetFactorDto"]


@_attrs.define(kw_only=True, slots=True)
class ResetFactorDto:
    """Wire model ``ResetFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})
