# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateFunctionModelDto`` and its enums (CreateFunctionModelDtoDataType, CreateFunctionModelDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreateFunctionModelDto", "CreateFunctionModelDtoDataType", "CreateFunctionModelDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateFunctionModelDto:
    """Wire model ``CreateFunctionModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        parent_key: ``parentKey``, str, required
        enable: ``enable``, bool, required
        type: ``type``, CreateFunctionModelDtoType, required
        description: ``description``, str, required
        name: ``name``, str, required
        data_type: ``dataType``, CreateFunctionModelDtoDataType, optional
    """

    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    type: CreateFunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    data_type: CreateFunctionModelDtoDataType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dataType"})


class CreateFunctionModelDtoDataType(WireEnum):
    """Enum of ``CreateFunctionModelDto.dataType`` (unknown wire values are kept, not rejected)."""

    LIST = "list"
    TREE = "tree"


class CreateFunctionModelDtoType(WireEnum):
    """Enum of ``CreateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"
