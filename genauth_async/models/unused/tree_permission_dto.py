# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TreePermissionDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.data_resource_policy_tree_structs import DataResourcePolicyTreeStructs

__all__ = ["TreePermissionDto"]


@_attrs.define(kw_only=True, slots=True)
class TreePermissionDto(WireBacked):
    """Wire model ``TreePermissionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_type: ``resourceType``, str, required
        node_auth_action_list: ``nodeAuthActionList``, list[DataResourcePolicyTreeStructs], required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_type: str = _attrs.field(metadata={"wire": "resourceType"})
    node_auth_action_list: List[DataResourcePolicyTreeStructs] = _attrs.field(metadata={"wire": "nodeAuthActionList"})
