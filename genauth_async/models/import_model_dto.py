# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportModelDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportModelDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportModelDto:
    """Wire model ``ImportModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
        model_id: ``modelId``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
