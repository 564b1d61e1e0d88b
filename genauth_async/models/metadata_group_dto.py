# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MetadataGroupDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["MetadataGroupDto"]


@_attrs.define(kw_only=True, slots=True)
class MetadataGroupDto:
    """Wire model ``MetadataGroupDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, str, required
        keyword: ``keyword``, str, optional
        sort: ``sort``, list[Any], optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        get_nest_data: ``getNestData``, bool, optional
    """

    group_id: str = _attrs.field(metadata={"wire": "groupId"})
    keyword: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keyword"})
    sort: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    get_nest_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getNestData"})
