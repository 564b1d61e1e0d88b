# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListTenantAdminDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ListTenantAdminDto"]


@_attrs.define(kw_only=True, slots=True)
class ListTenantAdminDto:
    """Wire model ``ListTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        page: ``page``, str, optional
        limit: ``limit``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    page: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
