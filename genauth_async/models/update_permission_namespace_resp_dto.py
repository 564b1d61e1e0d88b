# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePermissionNamespaceRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdatePermissionNamespaceRespDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceRespDto:
    """Wire model ``UpdatePermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
