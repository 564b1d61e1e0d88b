# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MultipleTenantAdminDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["MultipleTenantAdminDto"]


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminDto:
    """Wire model ``MultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        name: ``name``, str, required
        phone: ``phone``, str, required
        email: ``email``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        last_login: ``lastLogin``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    email: str = _attrs.field(metadata={"wire": "email"})
    api_authorized: bool | None = _attrs.field(default=None, metadata={"wire": "apiAuthorized"})
    last_login: str = _attrs.field(metadata={"wire": "lastLogin"})
