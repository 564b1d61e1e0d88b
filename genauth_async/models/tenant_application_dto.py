# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantApplicationDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TenantApplicationDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantApplicationDto:
    """Wire model ``TenantApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool_id: ``userPoolId``, str, required
        tenant_app_id: ``tenantAppId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        application_type: ``applicationType``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        app_id: ``appId``, str, required
    """

    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    tenant_app_id: str = _attrs.field(metadata={"wire": "tenantAppId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    application_type: str = _attrs.field(metadata={"wire": "applicationType"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
