# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RolePermissionListDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RolePermissionListDto"]


@_attrs.define(kw_only=True, slots=True)
class RolePermissionListDto:
    """Wire model ``RolePermissionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        status: ``status``, str, required
        enable_time: ``enableTime``, int, optional
        end_time: ``endTime``, int, optional
        user_pool_id: ``userPoolId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    status: str = _attrs.field(metadata={"wire": "status"})
    enable_time: int | None = _attrs.field(default=None, metadata={"wire": "enableTime"})
    end_time: int | None = _attrs.field(default=None, metadata={"wire": "endTime"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
