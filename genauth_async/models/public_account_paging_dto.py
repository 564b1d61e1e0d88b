# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicAccountPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .public_account_dto import PublicAccountDto

__all__ = ["PublicAccountPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicAccountPagingDto(WireBacked):
    """Wire model ``PublicAccountPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PublicAccountDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PublicAccountDto] = _attrs.field(metadata={"wire": "list"})
