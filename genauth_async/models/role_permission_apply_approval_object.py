# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RolePermissionApplyApprovalObject``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RolePermissionApplyApprovalObject"]


@_attrs.define(kw_only=True, slots=True)
class RolePermissionApplyApprovalObject:
    """Wire model ``RolePermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        role_code: ``roleCode``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_code: ``namespaceCode``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
