# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataPoliciesSimplePaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_simple_data_policies_resp_dto import ListSimpleDataPoliciesRespDto

__all__ = ["DataPoliciesSimplePaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesSimplePaginatedRespDto(WireBacked):
    """Wire model ``DataPoliciesSimplePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[ListSimpleDataPoliciesRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[ListSimpleDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})
