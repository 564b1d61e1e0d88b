# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserResourcePermissionListDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .get_user_resource_permission_list import GetUserResourcePermissionList

__all__ = ["GetUserResourcePermissionListDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListDataDto(WireBacked):
    """Wire model ``GetUserResourcePermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_list: ``permissionList``, list[GetUserResourcePermissionList], required
    """

    permission_list: List[GetUserResourcePermissionList] = _attrs.field(metadata={"wire": "permissionList"})
