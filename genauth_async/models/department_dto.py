# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DepartmentDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

from .department_i18n_dto import DepartmentI18nDto

__all__ = ["DepartmentDto"]


@_attrs.define(kw_only=True, slots=True)
class DepartmentDto(WireBacked):
    """Wire model ``DepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        name: ``name``, str, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        parent_department_id: ``parentDepartmentId``, str, required
        code: ``code``, str, optional
        parent_department_code: ``parentDepartmentCode``, str, required
        members_count: ``membersCount``, int, required
        has_children: ``hasChildren``, bool, required
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        posts: ``posts``, list[str], optional
        post_id_list: ``postIdList``, list[str], optional
        status: ``status``, bool, optional
        allow: ``allow``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    leader_user_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "leaderUserIds"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})
    parent_department_code: str = _attrs.field(metadata={"wire": "parentDepartmentCode"})
    members_count: int = _attrs.field(metadata={"wire": "membersCount"})
    has_children: bool = _attrs.field(metadata={"wire": "hasChildren"})
    is_virtual_node: bool | None = _attrs.field(default=None, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    posts: List[str] | None = _attrs.field(default=None, metadata={"wire": "posts"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status: bool | None = _attrs.field(default=None, metadata={"wire": "status"})
    allow: str | None = _attrs.field(default=None, metadata={"wire": "allow"})
