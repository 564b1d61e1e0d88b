# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (RoleDto, ..., RoleSingleRespDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked

__all__ = [
    "RoleDto", "RoleListItem", "RoleListPageDto", "RoleListPageRespDto", "RoleListRespDto",
    "RolePaginatedRespDto", "RolePagingDto", "RolePermissionApplyApprovalObject",
    "RolePermissionListDto", "RoleSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class RoleDto:
    """Wire model ``RoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        namespace: ``namespace``, str, required
        namespace_name: ``namespaceName``, str, required
        status: ``status``, str, optional
        disable_time: ``disableTime``, int, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    status: str | None = _attrs.field(default=None, metadata={"wire": "status"})
    disable_time: int | None = _attrs.field(default=None, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None = _attrs.field(default=None, metadata={"wire": "enablePermissionApply"})


@_attrs.define(kw_only=True, slots=True)
class RoleListItem:
    """Wire model ``RoleListItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleListPageDto(WireBacked):
    """Wire model ``RoleListPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        data: ``data``, list[RolePermissionListDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    data: List[RolePermissionListDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleListPageRespDto(WireBacked):
    """Wire model ``RoleListPageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleListPageDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleListPageDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleListRespDto(WireBacked):
    """Wire model ``RoleListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[RoleDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[RoleDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RolePaginatedRespDto(WireBacked):
    """Wire model ``RolePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RolePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RolePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RolePagingDto(WireBacked):
    """Wire model ``RolePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RolePermissionApplyApprovalObject:
    """Wire model ``RolePermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        role_code: ``roleCode``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_code: ``namespaceCode``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class RolePermissionListDto:
    """Wire model ``RolePermissionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        status: ``status``, str, required
        enable_time: ``enableTime``, int, optional
        end_time: ``endTime``, int, optional
        user_pool_id: ``userPoolId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    status: str = _attrs.field(metadata={"wire": "status"})
    enable_time: int | None = _attrs.field(default=None, metadata={"wire": "enableTime"})
    end_time: int | None = _attrs.field(default=None, metadata={"wire": "endTime"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class RoleSingleRespDto(WireBacked):
    """Wire model ``RoleSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleDto = _attrs.field(metadata={"wire": "data"})
