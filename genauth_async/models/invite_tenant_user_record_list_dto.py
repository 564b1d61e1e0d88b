# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InviteTenantUserRecordListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .invite_tenant_user_record import InviteTenantUserRecord

__all__ = ["InviteTenantUserRecordListDto"]


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecordListDto(WireBacked):
    """Wire model ``InviteTenantUserRecordListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})
