# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CombineFiltersBaseDto`` and its enum (CombineFiltersBaseDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

from .combine_filter_item_dto import CombineFilterItemDto

__all__ = ["CombineFiltersBaseDto", "CombineFiltersBaseDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CombineFiltersBaseDto:
    """Wire model ``CombineFiltersBaseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CombineFiltersBaseDtoType, required
        filters: ``filters``, list[CombineFilterItemDto], required
    """

    type: CombineFiltersBaseDtoType = _attrs.field(metadata={"wire": "type"})
    filters: List[CombineFilterItemDto] = _attrs.field(metadata={"wire": "filters"})


class CombineFiltersBaseDtoType(WireEnum):
    """Enum of ``CombineFiltersBaseDto.type`` (unknown wire values are kept, not rejected)."""

    AND = "and"
    OR = "or"
