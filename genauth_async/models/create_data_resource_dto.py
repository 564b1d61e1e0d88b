# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateDataResourceDto`` and its enum (CreateDataResourceDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .data_resource_tree_structs import DataResourceTreeStructs
from .extend_field import ExtendField

__all__ = ["CreateDataResourceDto", "CreateDataResourceDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceDto:
    """Wire model ``CreateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        type: ``type``, CreateDataResourceDtoType, required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    type: CreateDataResourceDtoType = _attrs.field(metadata={"wire": "type"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})


class CreateDataResourceDtoType(WireEnum):
    """Enum of ``CreateDataResourceDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
