# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateResourceBatchItemDto`` and its enum (CreateResourceBatchItemDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .resource_action import ResourceAction

__all__ = ["CreateResourceBatchItemDto", "CreateResourceBatchItemDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateResourceBatchItemDto:
    """Wire model ``CreateResourceBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CreateResourceBatchItemDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    type: CreateResourceBatchItemDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})


class CreateResourceBatchItemDtoType(WireEnum):
    """Enum of ``CreateResourceBatchItemDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
