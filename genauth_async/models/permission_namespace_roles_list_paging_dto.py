# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PermissionNamespaceRolesListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .permission_namespace_roles_list_resp_dto import PermissionNamespaceRolesListRespDto

__all__ = ["PermissionNamespaceRolesListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListPagingDto(WireBacked):
    """Wire model ``PermissionNamespaceRolesListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespaceRolesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespaceRolesListRespDto] = _attrs.field(metadata={"wire": "list"})
