# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveTenantUsersDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["RemoveTenantUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantUsersDto:
    """Wire model ``RemoveTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
