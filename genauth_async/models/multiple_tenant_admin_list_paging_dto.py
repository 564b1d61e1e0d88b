# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MultipleTenantAdminListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .multiple_tenant_admin_dto import MultipleTenantAdminDto

__all__ = ["MultipleTenantAdminListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminListPagingDto(WireBacked):
    """Wire model ``MultipleTenantAdminListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[MultipleTenantAdminDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[MultipleTenantAdminDto] = _attrs.field(metadata={"wire": "list"})
