# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PermissionNamespacesListRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PermissionNamespacesListRespDto"]


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespacesListRespDto:
    """Wire model ``PermissionNamespacesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        status: ``status``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    status: int | None = _attrs.field(default=None, metadata={"wire": "status"})
