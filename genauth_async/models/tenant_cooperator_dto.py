# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantCooperatorDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .tenant_user_dto import TenantUserDto
from .user_dto import UserDto

__all__ = ["TenantCooperatorDto"]


@_attrs.define(kw_only=True, slots=True)
class TenantCooperatorDto(WireBacked):
    """Wire model ``TenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        type: ``type``, str, required
        external: ``external``, bool, required
        user: ``user``, UserDto, required
        tenant_user: ``tenantUser``, TenantUserDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    external: bool = _attrs.field(metadata={"wire": "external"})
    user: UserDto = _attrs.field(metadata={"wire": "user"})
    tenant_user: TenantUserDto | None = _attrs.field(default=None, metadata={"wire": "tenantUser"})
