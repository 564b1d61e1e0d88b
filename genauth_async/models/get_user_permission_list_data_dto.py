# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserPermissionListDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_permission_list_dto import UserPermissionListDto

__all__ = ["GetUserPermissionListDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDataDto(WireBacked):
    """Wire model ``GetUserPermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserPermissionListDto], required
    """

    user_permission_list: List[UserPermissionListDto] = _attrs.field(metadata={"wire": "userPermissionList"})
