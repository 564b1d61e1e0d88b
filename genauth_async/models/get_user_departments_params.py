# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetUserDepartmentsParams`` endpoint parameters (GetUserDepartmentsParamsOrderBy, GetUserDepartmentsParamsSortBy, GetUserDepartmentsParamsUserIdType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetUserDepartmentsParamsOrderBy", "GetUserDepartmentsParamsSortBy", "GetUserDepartmentsParamsUserIdType"]


class GetUserDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetUserDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetUserDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetUserDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
