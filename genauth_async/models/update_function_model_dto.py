# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateFunctionModelDto`` and its enum (UpdateFunctionModelDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["UpdateFunctionModelDto", "UpdateFunctionModelDtoType"]


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelDto:
    """Wire model ``UpdateFunctionModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show_field_key: ``showFieldKey``, str, required
        config: ``config``, Any, required
        field_order: ``fieldOrder``, str, required
        type: ``type``, UpdateFunctionModelDtoType, required
        parent_key: ``parentKey``, str, required
        enable: ``enable``, bool, required
        description: ``description``, str, required
        name: ``name``, str, required
        id: ``id``, str, required
    """

    show_field_key: str = _attrs.field(metadata={"wire": "showFieldKey"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    field_order: str = _attrs.field(metadata={"wire": "fieldOrder"})
    type: UpdateFunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})


class UpdateFunctionModelDtoType(WireEnum):
    """Enum of ``UpdateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"
