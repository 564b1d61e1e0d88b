# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RiskListPolicyPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .risk_list_policy_resp_dto import RiskListPolicyRespDto

__all__ = ["RiskListPolicyPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyPagingDto(WireBacked):
    """Wire model ``RiskListPolicyPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RiskListPolicyRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RiskListPolicyRespDto] = _attrs.field(metadata={"wire": "list"})
