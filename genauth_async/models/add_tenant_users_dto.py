# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddTenantUsersDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["AddTenantUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class AddTenantUsersDto:
    """Wire model ``AddTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        link_user_ids: ``linkUserIds``, list[str], required
        tenant_id: ``tenantId``, str, required
    """

    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
