# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``NamespaceRolesListRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["NamespaceRolesListRespDto"]


@_attrs.define(kw_only=True, slots=True)
class NamespaceRolesListRespDto:
    """Wire model ``NamespaceRolesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        namespace: ``namespace``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
