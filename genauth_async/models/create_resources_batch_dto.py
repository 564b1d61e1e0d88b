# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateResourcesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .create_resource_batch_item_dto import CreateResourceBatchItemDto

__all__ = ["CreateResourcesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateResourcesBatchDto:
    """Wire model ``CreateResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateResourceBatchItemDto], required
        namespace: ``namespace``, str, optional
    """

    list: List[CreateResourceBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
