# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateMultipleTenantAdminDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["UpdateMultipleTenantAdminDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateMultipleTenantAdminDto:
    """Wire model ``UpdateMultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        api_authorized: ``apiAuthorized``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    api_authorized: bool | None = _attrs.field(default=None, metadata={"wire": "apiAuthorized"})
