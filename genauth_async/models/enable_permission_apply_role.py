# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnablePermissionApplyRole``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["EnablePermissionApplyRole"]


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRole:
    """Wire model ``EnablePermissionApplyRole`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
