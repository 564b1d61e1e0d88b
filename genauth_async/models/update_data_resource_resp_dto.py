# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDataResourceRespDto`` and its enum (UpdateDataResourceRespDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .data_resource_tree_structs import DataResourceTreeStructs
from .extend_field import ExtendField

__all__ = ["UpdateDataResourceRespDto", "UpdateDataResourceRespDtoType"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceRespDto(WireBacked):
    """Wire model ``UpdateDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, UpdateDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: UpdateDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class UpdateDataResourceRespDtoType(WireEnum):
    """Enum of ``UpdateDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
