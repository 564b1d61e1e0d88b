# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtIdpListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .ext_idp_dto import ExtIdpDto

__all__ = ["ExtIdpListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class ExtIdpListPagingDto(WireBacked):
    """Wire model ``ExtIdpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ExtIdpDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ExtIdpDto] = _attrs.field(metadata={"wire": "list"})
