# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleListPageDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .role_permission_list_dto import RolePermissionListDto

__all__ = ["RoleListPageDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleListPageDto(WireBacked):
    """Wire model ``RoleListPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        data: ``data``, list[RolePermissionListDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    data: List[RolePermissionListDto] = _attrs.field(metadata={"wire": "data"})
