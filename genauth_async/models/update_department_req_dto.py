# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDepartmentReqDto`` and its enum (UpdateDepartmentReqDtoDepartmentIdType)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .department_i18n_dto import DepartmentI18nDto

__all__ = ["UpdateDepartmentReqDto", "UpdateDepartmentReqDtoDepartmentIdType"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentReqDto:
    """Wire model ``UpdateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        metadata: ``metadata``, Any, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        status: ``status``, bool, optional
        name: ``name``, str, optional
        department_id_type: ``departmentIdType``, UpdateDepartmentReqDtoDepartmentIdType, optional
        parent_department_id: ``parentDepartmentId``, str, optional
        custom_data: ``customData``, Any, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    status: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    department_id_type: UpdateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    parent_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parentDepartmentId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class UpdateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``UpdateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
