# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalPageList``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .approval_detail_dto import ApprovalDetailDto

__all__ = ["ApprovalPageList"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalPageList(WireBacked):
    """Wire model ``ApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApprovalDetailDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApprovalDetailDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
