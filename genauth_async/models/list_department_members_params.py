# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListDepartmentMembersParams`` endpoint parameters (ListDepartmentMembersParamsDepartmentIdType, ListDepartmentMembersParamsOrderBy, ListDepartmentMembersParamsSortBy)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListDepartmentMembersParamsDepartmentIdType", "ListDepartmentMembersParamsOrderBy", "ListDepartmentMembersParamsSortBy"]


class ListDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``ListDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class ListDepartmentMembersParamsOrderBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class ListDepartmentMembersParamsSortBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEFAULT = "Default"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    USERID = "userId"
    CREATEAT = "createAt"
    UPDATEDAT = "updatedAt"
