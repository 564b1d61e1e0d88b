# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CellDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CellDto"]


@_attrs.define(kw_only=True, slots=True)
class CellDto:
    """Wire model ``CellDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        field_id: ``fieldId``, str, required
        value: ``value``, Any, required
    """

    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    value: Any = _attrs.field(metadata={"wire": "value"})
