# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RelationOptionalRange``."""

from __future__ import annotations

import attrs as _attrs

from .condition import Condition

__all__ = ["RelationOptionalRange"]


@_attrs.define(kw_only=True, slots=True)
class RelationOptionalRange:
    """Wire model ``RelationOptionalRange`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        conjunction: ``conjunction``, str, required
        conditions: ``conditions``, Condition, required
    """

    conjunction: str = _attrs.field(metadata={"wire": "conjunction"})
    conditions: Condition = _attrs.field(metadata={"wire": "conditions"})
