# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PermissionNamespaceListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .permission_namespaces_list_resp_dto import PermissionNamespacesListRespDto

__all__ = ["PermissionNamespaceListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceListPagingDto(WireBacked):
    """Wire model ``PermissionNamespaceListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespacesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespacesListRespDto] = _attrs.field(metadata={"wire": "list"})
