# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantUserListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .tenant_user_dto import TenantUserDto

__all__ = ["TenantUserListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantUserListPagingDto(WireBacked):
    """Wire model ``TenantUserListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantUserDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantUserDto] = _attrs.field(metadata={"wire": "list"})
