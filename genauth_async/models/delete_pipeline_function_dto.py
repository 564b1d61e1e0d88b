# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeletePipelineFunctionDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeletePipelineFunctionDto"]


@_attrs.define(kw_only=True, slots=True)
class DeletePipelineFunctionDto:
    """Wire model ``DeletePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
