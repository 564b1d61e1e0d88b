# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendTenantEmailDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SendTenantEmailDto"]


@_attrs.define(kw_only=True, slots=True)
class SendTenantEmailDto:
    """Wire model ``SendTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        user_name: ``userName``, str, required
        email: ``email``, str, required
        identifier: ``identifier``, str, required
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})
    email: str = _attrs.field(metadata={"wire": "email"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})
