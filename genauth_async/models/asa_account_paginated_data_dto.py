# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AsaAccountPaginatedDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .asa_account_dto import AsaAccountDto

__all__ = ["AsaAccountPaginatedDataDto"]


@_attrs.define(kw_only=True, slots=True)
class AsaAccountPaginatedDataDto(WireBacked):
    """Wire model ``AsaAccountPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[AsaAccountDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[AsaAccountDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
