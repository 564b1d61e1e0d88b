# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePermissionNamespacesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .create_permission_namespaces_batch_item_dto import CreatePermissionNamespacesBatchItemDto

__all__ = ["CreatePermissionNamespacesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchDto:
    """Wire model ``CreatePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePermissionNamespacesBatchItemDto], required
    """

    list: List[CreatePermissionNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})
