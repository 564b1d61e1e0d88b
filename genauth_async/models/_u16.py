# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UserConnectionPostDto, ..., UserDepartmentRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._d7 import (
        DepartmentI18nDto,
    )

__all__ = [
    "UserConnectionPostDto", "UserDepartmentPaginatedRespDto", "UserDepartmentPagingDto",
    "UserDepartmentRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class UserConnectionPostDto:
    """Wire model ``UserConnectionPostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        post_id: ``postId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    post_id: str = _attrs.field(metadata={"wire": "postId"})


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentPaginatedRespDto(WireBacked):
    """Wire model ``UserDepartmentPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserDepartmentPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserDepartmentPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentPagingDto(WireBacked):
    """Wire model ``UserDepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})


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
