# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTreeDataResourceDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .data_resource_tree_structs import DataResourceTreeStructs
from .extend_field import ExtendField

__all__ = ["CreateTreeDataResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceDto:
    """Wire model ``CreateTreeDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, list[DataResourceTreeStructs], required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: List[DataResourceTreeStructs] = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})
