# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InitiatedApprovalPageList``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .initiated_approval import InitiatedApproval

__all__ = ["InitiatedApprovalPageList"]


@_attrs.define(kw_only=True, slots=True)
class InitiatedApprovalPageList(WireBacked):
    """Wire model ``InitiatedApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[InitiatedApproval], required
        total_count: ``totalCount``, int, required
    """

    list: List[InitiatedApproval] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
