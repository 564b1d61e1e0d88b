# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleBo``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RoleBo"]


@_attrs.define(kw_only=True, slots=True)
class RoleBo:
    """Wire model ``RoleBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
