# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDataResourceDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .data_resource_tree_structs import DataResourceTreeStructs

__all__ = ["UpdateDataResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDataResourceDto:
    """Wire model ``UpdateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_name: ``resourceName``, str, optional
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], optional
        actions: ``actions``, list[str], optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "struct"})
    actions: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
