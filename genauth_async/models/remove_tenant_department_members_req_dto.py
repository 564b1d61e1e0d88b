# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RemoveTenantDepartmentMembersReqDto`` and its enum (RemoveTenantDepartmentMembersReqDtoDepartmentIdType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["RemoveTenantDepartmentMembersReqDto", "RemoveTenantDepartmentMembersReqDtoDepartmentIdType"]


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantDepartmentMembersReqDto:
    """Wire model ``RemoveTenantDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, RemoveTenantDepartmentMembersReqDtoDepartmentIdType, optional
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: RemoveTenantDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class RemoveTenantDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``RemoveTenantDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
