# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleDepartmentListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .role_department_resp_dto import RoleDepartmentRespDto

__all__ = ["RoleDepartmentListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentListPagingDto(WireBacked):
    """Wire model ``RoleDepartmentListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})
