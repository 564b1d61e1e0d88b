# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncRiskOperationPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .sync_risk_operation_dto import SyncRiskOperationDto

__all__ = ["SyncRiskOperationPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationPagingDto(WireBacked):
    """Wire model ``SyncRiskOperationPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncRiskOperationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncRiskOperationDto] = _attrs.field(metadata={"wire": "list"})
