# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateArrayDataResourceDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateArrayDataResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceDto:
    """Wire model ``CreateArrayDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, list[str], required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: List[str] = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
