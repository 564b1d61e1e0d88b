# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RelationValueListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["RelationValueListDto"]


@_attrs.define(kw_only=True, slots=True)
class RelationValueListDto:
    """Wire model ``RelationValueListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[str], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})
