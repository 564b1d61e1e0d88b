# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetPermissionNamespaceRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetPermissionNamespaceRespDto"]


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceRespDto:
    """Wire model ``GetPermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
