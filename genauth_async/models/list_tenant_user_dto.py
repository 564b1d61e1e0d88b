# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListTenantUserDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_tenant_users_options_dto import ListTenantUsersOptionsDto

__all__ = ["ListTenantUserDto"]


@_attrs.define(kw_only=True, slots=True)
class ListTenantUserDto:
    """Wire model ``ListTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        options: ``options``, ListTenantUsersOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    options: ListTenantUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
