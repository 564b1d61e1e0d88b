# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserDepartmentPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_department_resp_dto import UserDepartmentRespDto

__all__ = ["UserDepartmentPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentPagingDto(WireBacked):
    """Wire model ``UserDepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})
