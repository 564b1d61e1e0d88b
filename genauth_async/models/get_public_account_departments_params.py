# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``GetPublicAccountDepartmentsParams`` endpoint parameters (GetPublicAccountDepartmentsParamsOrderBy, GetPublicAccountDepartmentsParamsSortBy, GetPublicAccountDepartmentsParamsUserIdType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["GetPublicAccountDepartmentsParamsOrderBy", "GetPublicAccountDepartmentsParamsSortBy", "GetPublicAccountDepartmentsParamsUserIdType"]


class GetPublicAccountDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetPublicAccountDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetPublicAccountDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
