# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetExternalUserResourceStructDataDto`` and its enum (GetExternalUserResourceStructDataDtoResourceType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .arr_resource_auth_action import ArrResourceAuthAction
from .str_resource_auth_action import StrResourceAuthAction
from .tree_resource_auth_action import TreeResourceAuthAction

__all__ = ["GetExternalUserResourceStructDataDto", "GetExternalUserResourceStructDataDtoResourceType"]


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDataDto(WireBacked):
    """Wire model ``GetExternalUserResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetExternalUserResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetExternalUserResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetExternalUserResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetExternalUserResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
