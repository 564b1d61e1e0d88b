# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DepartmentPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .department_dto import DepartmentDto

__all__ = ["DepartmentPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class DepartmentPagingDto(WireBacked):
    """Wire model ``DepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, bool, required
        list: ``list``, list[DepartmentDto], required
    """

    total_count: bool = _attrs.field(metadata={"wire": "totalCount"})
    list: List[DepartmentDto] = _attrs.field(metadata={"wire": "list"})
