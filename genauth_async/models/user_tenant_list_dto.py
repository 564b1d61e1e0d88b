# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserTenantListDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserTenantListDto"]


@_attrs.define(kw_only=True, slots=True)
class UserTenantListDto:
    """Wire model ``UserTenantListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
        join_at: ``joinAt``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})
    join_at: str = _attrs.field(metadata={"wire": "joinAt"})
