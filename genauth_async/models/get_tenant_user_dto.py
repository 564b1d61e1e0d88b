# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetTenantUserDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET

__all__ = ["GetTenantUserDto"]


@_attrs.define(kw_only=True, slots=True)
class GetTenantUserDto:
    """Wire model ``GetTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        link_user_id: ``linkUserId``, Any, optional
        member_id: ``memberId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    link_user_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})
