# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SearchDepartmentsListReqDto`` and its enums (SearchDepartmentsListReqDtoOrderBy, SearchDepartmentsListReqDtoSortBy)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .department_sorting_dto import DepartmentSortingDto
from .search_departments_filter_item_dto import SearchDepartmentsFilterItemDto

__all__ = ["SearchDepartmentsListReqDto", "SearchDepartmentsListReqDtoOrderBy", "SearchDepartmentsListReqDtoSortBy"]


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsListReqDto:
    """Wire model ``SearchDepartmentsListReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        with_post: ``withPost``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        advanced_filter: ``advancedFilter``, list[SearchDepartmentsFilterItemDto], optional
        sort_by: ``sortBy``, SearchDepartmentsListReqDtoSortBy, optional
        order_by: ``orderBy``, SearchDepartmentsListReqDtoOrderBy, optional
        sort: ``sort``, list[DepartmentSortingDto], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_post: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPost"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    advanced_filter: List[SearchDepartmentsFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    sort_by: SearchDepartmentsListReqDtoSortBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sortBy"})
    order_by: SearchDepartmentsListReqDtoOrderBy | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "orderBy"})
    sort: List[DepartmentSortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class SearchDepartmentsListReqDtoOrderBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "ASC"
    DESC = "DESC"


class SearchDepartmentsListReqDtoSortBy(WireEnum):
    """Enum of ``SearchDepartmentsListReqDto.sortBy`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
