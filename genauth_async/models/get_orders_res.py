# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetOrdersRes``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .order_item import OrderItem

__all__ = ["GetOrdersRes"]


@_attrs.define(kw_only=True, slots=True)
class GetOrdersRes(WireBacked):
    """Wire model ``GetOrdersRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, str, required
        list: ``list``, list[OrderItem], required
    """

    total_count: str = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OrderItem] = _attrs.field(metadata={"wire": "list"})
