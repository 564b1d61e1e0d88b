# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RightItemRes``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .right_item_dto import RightItemDto

__all__ = ["RightItemRes"]


@_attrs.define(kw_only=True, slots=True)
class RightItemRes(WireBacked):
    """Wire model ``RightItemRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_items: ``rightsItems``, list[RightItemDto], required
    """

    rights_items: List[RightItemDto] = _attrs.field(metadata={"wire": "rightsItems"})
