# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResourceDto`` and its enum (ResourceDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .resource_action import ResourceAction

__all__ = ["ResourceDto", "ResourceDtoType"]


@_attrs.define(kw_only=True, slots=True)
class ResourceDto(WireBacked):
    """Wire model ``ResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, ResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: ResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})


class ResourceDtoType(WireEnum):
    """Enum of ``ResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
