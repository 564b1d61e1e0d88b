# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExportMetadataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ExportMetadataDto"]


@_attrs.define(kw_only=True, slots=True)
class ExportMetadataDto:
    """Wire model ``ExportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
