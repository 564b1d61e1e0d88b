# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserAuthResourceListDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_auth_resource_list_dto import UserAuthResourceListDto

__all__ = ["GetUserAuthResourceListDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceListDataDto(WireBacked):
    """Wire model ``GetUserAuthResourceListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserAuthResourceListDto], required
    """

    user_permission_list: List[UserAuthResourceListDto] = _attrs.field(metadata={"wire": "userPermissionList"})
