# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteTenantDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteTenantDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantDto:
    """Wire model ``DeleteTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
