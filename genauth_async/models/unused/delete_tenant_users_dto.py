# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteTenantUsersDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteTenantUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantUsersDto:
    """Wire model ``DeleteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], required
        member_ids: ``memberIds``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    member_ids: List[str] = _attrs.field(metadata={"wire": "memberIds"})
