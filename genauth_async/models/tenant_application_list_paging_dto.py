# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantApplicationListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .tenant_application_dto import TenantApplicationDto

__all__ = ["TenantApplicationListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationListPagingDto(WireBacked):
    """Wire model ``TenantApplicationListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantApplicationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantApplicationDto] = _attrs.field(metadata={"wire": "list"})
