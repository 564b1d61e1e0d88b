# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateDepartmentReqDto`` and its enum (CreateDepartmentReqDtoDepartmentIdType)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .department_i18n_dto import DepartmentI18nDto

__all__ = ["CreateDepartmentReqDto", "CreateDepartmentReqDtoDepartmentIdType"]


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentReqDto:
    """Wire model ``CreateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        name: ``name``, str, required
        parent_department_id: ``parentDepartmentId``, str, required
        metadata: ``metadata``, Any, required
        open_department_id: ``openDepartmentId``, str, optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        department_id_type: ``departmentIdType``, CreateDepartmentReqDtoDepartmentIdType, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    name: str = _attrs.field(metadata={"wire": "name"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    is_virtual_node: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    department_id_type: CreateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class CreateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``CreateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"
