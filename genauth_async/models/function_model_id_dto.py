# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FunctionModelIdDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["FunctionModelIdDto"]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelIdDto:
    """Wire model ``FunctionModelIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
