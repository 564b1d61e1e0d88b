# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``SearchDepartmentMembersParams`` endpoint parameters (SearchDepartmentMembersParamsDepartmentIdType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["SearchDepartmentMembersParamsDepartmentIdType"]


class SearchDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``SearchDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
