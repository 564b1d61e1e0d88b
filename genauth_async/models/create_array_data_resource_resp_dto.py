# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateArrayDataResourceRespDto`` and its enum (CreateArrayDataResourceRespDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["CreateArrayDataResourceRespDto", "CreateArrayDataResourceRespDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceRespDto:
    """Wire model ``CreateArrayDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateArrayDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, list[str], required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateArrayDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: List[str] = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateArrayDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateArrayDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
