# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePermissionNamespacesBatchItemDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreatePermissionNamespacesBatchItemDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchItemDto:
    """Wire model ``CreatePermissionNamespacesBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
