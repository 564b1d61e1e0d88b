# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateResourceDto`` and its enum (CreateResourceDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .resource_action import ResourceAction

__all__ = ["CreateResourceDto", "CreateResourceDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateResourceDto:
    """Wire model ``CreateResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CreateResourceDtoType, required
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
    """

    type: CreateResourceDtoType = _attrs.field(metadata={"wire": "type"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class CreateResourceDtoType(WireEnum):
    """Enum of ``CreateResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
