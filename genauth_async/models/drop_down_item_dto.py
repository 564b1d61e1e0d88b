# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DropDownItemDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DropDownItemDto"]


@_attrs.define(kw_only=True, slots=True)
class DropDownItemDto:
    """Wire model ``DropDownItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str = _attrs.field(metadata={"wire": "label"})
