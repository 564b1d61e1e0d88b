# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserDepartmentRespDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

from .department_i18n_dto import DepartmentI18nDto

__all__ = ["UserDepartmentRespDto"]


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentRespDto(WireBacked):
    """Wire model ``UserDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        is_root: ``isRoot``, bool, required
        created_at: ``createdAt``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        open_department_id: ``openDepartmentId``, str, optional
        is_leader: ``isLeader``, bool, required
        code: ``code``, str, required
        is_main_department: ``isMainDepartment``, bool, required
        joined_at: ``joinedAt``, str, required
        is_virtual_node: ``isVirtualNode``, bool, required
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        department_id_path: ``departmentIdPath``, list[str], optional
        department_code_path: ``departmentCodePath``, list[str], optional
        department_name_path: ``departmentNamePath``, list[str], optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    is_root: bool = _attrs.field(metadata={"wire": "isRoot"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    is_leader: bool = _attrs.field(metadata={"wire": "isLeader"})
    code: str = _attrs.field(metadata={"wire": "code"})
    is_main_department: bool = _attrs.field(metadata={"wire": "isMainDepartment"})
    joined_at: str = _attrs.field(metadata={"wire": "joinedAt"})
    is_virtual_node: bool = _attrs.field(metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    department_id_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIdPath"})
    department_code_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentCodePath"})
    department_name_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentNamePath"})
