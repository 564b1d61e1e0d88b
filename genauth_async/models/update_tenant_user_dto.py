# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateTenantUserDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateTenantUserDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantUserDto:
    """Wire model ``UpdateTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        updates: ``updates``, Any, required
        tenant_id: ``tenantId``, str, required
        link_user_id: ``linkUserId``, str, optional
        member_id: ``memberId``, str, optional
    """

    updates: Any = _attrs.field(metadata={"wire": "updates"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})
