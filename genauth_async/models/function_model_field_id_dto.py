# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FunctionModelFieldIdDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["FunctionModelFieldIdDto"]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelFieldIdDto:
    """Wire model ``FunctionModelFieldIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        id: ``id``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
