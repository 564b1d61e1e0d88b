# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemovePostDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RemovePostDto"]


@_attrs.define(kw_only=True, slots=True)
class RemovePostDto:
    """Wire model ``RemovePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
