# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OrganizationDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

from .organization_name_i18n_dto import OrganizationNameI18nDto

__all__ = ["OrganizationDto"]


@_attrs.define(kw_only=True, slots=True)
class OrganizationDto(WireBacked):
    """Wire model ``OrganizationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        organization_name: ``organizationName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, optional
        updated_at: ``updatedAt``, str, optional
        department_id: ``departmentId``, str, required
        open_department_id: ``openDepartmentId``, str, optional
        has_children: ``hasChildren``, bool, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        members_count: ``membersCount``, int, required
        is_virtual_node: ``isVirtualNode``, bool, required
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        custom_data: ``customData``, Any, optional
        tenant_id: ``tenantId``, str, optional
        post_id_list: ``postIdList``, list[str], optional
        status: ``status``, str, optional
        allow: ``allow``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    organization_name: str = _attrs.field(metadata={"wire": "organizationName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str | None = _attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    has_children: bool = _attrs.field(metadata={"wire": "hasChildren"})
    leader_user_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "leaderUserIds"})
    members_count: int = _attrs.field(metadata={"wire": "membersCount"})
    is_virtual_node: bool = _attrs.field(metadata={"wire": "isVirtualNode"})
    i18n: OrganizationNameI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status: str | None = _attrs.field(default=None, metadata={"wire": "status"})
    allow: str | None = _attrs.field(default=None, metadata={"wire": "allow"})
