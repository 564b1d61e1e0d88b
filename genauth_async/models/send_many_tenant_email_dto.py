# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendManyTenantEmailDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .send_tenant_email_dto import SendTenantEmailDto

__all__ = ["SendManyTenantEmailDto"]


@_attrs.define(kw_only=True, slots=True)
class SendManyTenantEmailDto:
    """Wire model ``SendManyTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        import_id: ``importId``, int, required
        users: ``users``, list[SendTenantEmailDto], required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    import_id: int = _attrs.field(metadata={"wire": "importId"})
    users: List[SendTenantEmailDto] = _attrs.field(metadata={"wire": "users"})
