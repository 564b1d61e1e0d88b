# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAllRowByScrollidDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetAllRowByScrollidDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAllRowByScrollidDto:
    """Wire model ``GetAllRowByScrollidDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scroll_id: ``scrollId``, str, required
        list: ``list``, list[str], required
    """

    scroll_id: str = _attrs.field(metadata={"wire": "scrollId"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})
