# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddDepartmentMembersReqDto`` and its enum (AddDepartmentMembersReqDtoDepartmentIdType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["AddDepartmentMembersReqDto", "AddDepartmentMembersReqDtoDepartmentIdType"]


@_attrs.define(kw_only=True, slots=True)
class AddDepartmentMembersReqDto:
    """Wire model ``AddDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, AddDepartmentMembersReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: AddDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class AddDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``AddDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
