# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPermissionViewRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .group_bo import GroupBo
from .node_bo import NodeBo
from .policy_bo import PolicyBo
from .role_bo import RoleBo

__all__ = ["ListPermissionViewRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewRespDto(WireBacked):
    """Wire model ``ListPermissionViewRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        username: ``username``, str, optional
        namespace_id: ``namespaceId``, str, required
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        data_resource_id: ``dataResourceId``, str, required
        data_resource_code: ``dataResourceCode``, str, required
        data_resource_name: ``dataResourceName``, str, required
        data_policy_list: ``dataPolicyList``, list[PolicyBo], required
        role_list: ``roleList``, list[RoleBo], required
        group_list: ``groupList``, list[GroupBo], required
        node_list: ``nodeList``, list[NodeBo], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    namespace_id: str = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    data_resource_id: str = _attrs.field(metadata={"wire": "dataResourceId"})
    data_resource_code: str = _attrs.field(metadata={"wire": "dataResourceCode"})
    data_resource_name: str = _attrs.field(metadata={"wire": "dataResourceName"})
    data_policy_list: List[PolicyBo] = _attrs.field(metadata={"wire": "dataPolicyList"})
    role_list: List[RoleBo] = _attrs.field(metadata={"wire": "roleList"})
    group_list: List[GroupBo] = _attrs.field(metadata={"wire": "groupList"})
    node_list: List[NodeBo] = _attrs.field(metadata={"wire": "nodeList"})
