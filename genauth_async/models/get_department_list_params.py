# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetDepartmentListParams`` endpoint parameters (GetDepartmentListParamsOrderBy, GetDepartmentListParamsSortBy)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetDepartmentListParamsOrderBy", "GetDepartmentListParamsSortBy"]


class GetDepartmentListParamsOrderBy(WireEnum):
    """Enum of ``GetDepartmentListParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetDepartmentListParamsSortBy(WireEnum):
    """Enum of ``GetDepartmentListParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"
