# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FunctionModelDto`` and its enums (FunctionModelDtoDataType, FunctionModelDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["FunctionModelDto", "FunctionModelDtoDataType", "FunctionModelDtoType"]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelDto:
    """Wire model ``FunctionModelDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_pool_id: ``userPoolId``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        data_type: ``dataType``, FunctionModelDtoDataType, required
        enable: ``enable``, bool, required
        parent_key: ``parentKey``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        type: ``type``, FunctionModelDtoType, required
        field_order: ``fieldOrder``, str, required
        config: ``config``, Any, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    data_type: FunctionModelDtoDataType = _attrs.field(metadata={"wire": "dataType"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    type: FunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    field_order: str = _attrs.field(metadata={"wire": "fieldOrder"})
    config: Any = _attrs.field(metadata={"wire": "config"})


class FunctionModelDtoDataType(WireEnum):
    """Enum of ``FunctionModelDto.dataType`` (unknown wire values are kept, not rejected)."""

    LIST = "list"
    TREE = "tree"


class FunctionModelDtoType(WireEnum):
    """Enum of ``FunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"
