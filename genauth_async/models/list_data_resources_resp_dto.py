# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListDataResourcesRespDto`` and its enum (ListDataResourcesRespDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ListDataResourcesRespDto", "ListDataResourcesRespDtoType"]


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesRespDto:
    """Wire model ``ListDataResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, ListDataResourcesRespDtoType, required
        description: ``description``, str, optional
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        authorization_num: ``authorizationNum``, int, required
        updated_at: ``updatedAt``, str, required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: ListDataResourcesRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    authorization_num: int = _attrs.field(metadata={"wire": "authorizationNum"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class ListDataResourcesRespDtoType(WireEnum):
    """Enum of ``ListDataResourcesRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
