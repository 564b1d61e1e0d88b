# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Expand``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["Expand"]


@_attrs.define(kw_only=True, slots=True)
class Expand:
    """Wire model ``Expand`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        select: ``select``, list[str], required
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    select: List[str] = _attrs.field(metadata={"wire": "select"})
