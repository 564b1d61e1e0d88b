# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataPoliciesPaginatedRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_data_policies_resp_dto import ListDataPoliciesRespDto

__all__ = ["DataPoliciesPaginatedRespDto"]


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesPaginatedRespDto(WireBacked):
    """Wire model ``DataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataPoliciesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})
