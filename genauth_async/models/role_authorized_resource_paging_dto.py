# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleAuthorizedResourcePagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .role_authorized_resources_resp_dto import RoleAuthorizedResourcesRespDto

__all__ = ["RoleAuthorizedResourcePagingDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcePagingDto(WireBacked):
    """Wire model ``RoleAuthorizedResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleAuthorizedResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleAuthorizedResourcesRespDto] = _attrs.field(metadata={"wire": "list"})
