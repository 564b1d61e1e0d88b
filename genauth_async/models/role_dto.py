# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RoleDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleDto:
    """Wire model ``RoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        namespace: ``namespace``, str, required
        namespace_name: ``namespaceName``, str, required
        status: ``status``, str, optional
        disable_time: ``disableTime``, int, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    status: str | None = _attrs.field(default=None, metadata={"wire": "status"})
    disable_time: int | None = _attrs.field(default=None, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None = _attrs.field(default=None, metadata={"wire": "enablePermissionApply"})
