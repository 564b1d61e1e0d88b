# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IpListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .ip_list_resp_dto import IpListRespDto

__all__ = ["IpListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class IpListPagingDto(WireBacked):
    """Wire model ``IpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[IpListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[IpListRespDto] = _attrs.field(metadata={"wire": "list"})
