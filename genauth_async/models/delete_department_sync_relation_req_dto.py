# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDepartmentSyncRelationReqDto`` and its enum (DeleteDepartmentSyncRelationReqDtoDepartmentIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteDepartmentSyncRelationReqDto", "DeleteDepartmentSyncRelationReqDtoDepartmentIdType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDepartmentSyncRelationReqDto:
    """Wire model ``DeleteDepartmentSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        department_id: ``departmentId``, str, required
        organization_code: ``organizationCode``, str, required
        department_id_type: ``departmentIdType``, DeleteDepartmentSyncRelationReqDtoDepartmentIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id_type: DeleteDepartmentSyncRelationReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})


class DeleteDepartmentSyncRelationReqDtoDepartmentIdType(WireEnum):
    """Enum of ``DeleteDepartmentSyncRelationReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
