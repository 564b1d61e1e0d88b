# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["TenantDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantDto:
    """Wire model ``TenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        logo: ``logo``, str, required
        reject_hint: ``rejectHint``, str, optional
        app_ids: ``appIds``, list[str], required
        creator: ``creator``, str, required
        source_app_id: ``sourceAppId``, str, required
        source: ``source``, str, required
        code: ``code``, str, required
        host: ``host``, str, required
        enterprise_domains: ``enterpriseDomains``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    reject_hint: str | None = _attrs.field(default=None, metadata={"wire": "rejectHint"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    creator: str = _attrs.field(metadata={"wire": "creator"})
    source_app_id: str = _attrs.field(metadata={"wire": "sourceAppId"})
    source: str = _attrs.field(metadata={"wire": "source"})
    code: str = _attrs.field(metadata={"wire": "code"})
    host: str = _attrs.field(metadata={"wire": "host"})
    enterprise_domains: List[str] = _attrs.field(metadata={"wire": "enterpriseDomains"})
