# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportMetadataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportMetadataDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportMetadataDto:
    """Wire model ``ImportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})
