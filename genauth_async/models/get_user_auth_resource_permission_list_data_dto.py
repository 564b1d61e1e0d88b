# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserAuthResourcePermissionListDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .get_user_auth_resource_permission_list import GetUserAuthResourcePermissionList

__all__ = ["GetUserAuthResourcePermissionListDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDataDto(WireBacked):
    """Wire model ``GetUserAuthResourcePermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_list: ``permissionList``, list[GetUserAuthResourcePermissionList], required
    """

    permission_list: List[GetUserAuthResourcePermissionList] = _attrs.field(metadata={"wire": "permissionList"})
