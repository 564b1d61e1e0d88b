# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResourceItemDto`` and its enum (ResourceItemDtoResourceType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ResourceItemDto", "ResourceItemDtoResourceType"]


@_attrs.define(kw_only=True, slots=True)
class ResourceItemDto:
    """Wire model ``ResourceItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        actions: ``actions``, list[str], required
        resource_type: ``resourceType``, ResourceItemDtoResourceType, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource_type: ResourceItemDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})


class ResourceItemDtoResourceType(WireEnum):
    """Enum of ``ResourceItemDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
