# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateNamespacesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .create_namespaces_batch_item_dto import CreateNamespacesBatchItemDto

__all__ = ["CreateNamespacesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateNamespacesBatchDto:
    """Wire model ``CreateNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateNamespacesBatchItemDto], required
    """

    list: List[CreateNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})
