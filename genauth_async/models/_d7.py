# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DepartmentDto, ..., DeviceExclusiveValidScopeAppDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._l1 import (
        LangObject,
    )

__all__ = [
    "DepartmentDto", "DepartmentI18nDto", "DepartmentListRespDto", "DepartmentPaginatedRespDto",
    "DepartmentPagingDto", "DepartmentSingleRespDto", "DepartmentSortingDto",
    "DepartmentSortingDtoField", "DepartmentSortingDtoOrder", "DetailAuthSubjectParamsTargetType",
    "DeviceExclusiveValidScopeAppDataDto",
]


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


@_attrs.define(kw_only=True, slots=True)
class DepartmentI18nDto:
    """Wire model ``DepartmentI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, LangObject, required
    """

    name: LangObject = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentListRespDto(WireBacked):
    """Wire model ``DepartmentListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[DepartmentDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[DepartmentDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentPaginatedRespDto(WireBacked):
    """Wire model ``DepartmentPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DepartmentPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DepartmentPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentPagingDto(WireBacked):
    """Wire model ``DepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, bool, required
        list: ``list``, list[DepartmentDto], required
    """

    total_count: bool = _attrs.field(metadata={"wire": "totalCount"})
    list: List[DepartmentDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentSingleRespDto(WireBacked):
    """Wire model ``DepartmentSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DepartmentDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DepartmentDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentSortingDto:
    """Wire model ``DepartmentSortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, DepartmentSortingDtoField, required
        order: ``order``, DepartmentSortingDtoOrder, required
    """

    field: DepartmentSortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: DepartmentSortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class DepartmentSortingDtoField(WireEnum):
    """Enum of ``DepartmentSortingDto.field`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
    NAME = "name"


class DepartmentSortingDtoOrder(WireEnum):
    """Enum of ``DepartmentSortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"


class DetailAuthSubjectParamsTargetType(WireEnum):
    """Enum of ``DetailAuthSubjectParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class DeviceExclusiveValidScopeAppDataDto:
    """Wire model ``DeviceExclusiveValidScopeAppDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        app_logo: ``appLogo``, str, optional
        is_default: ``isDefault``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None = _attrs.field(default=None, metadata={"wire": "appName"})
    app_logo: str | None = _attrs.field(default=None, metadata={"wire": "appLogo"})
    is_default: str | None = _attrs.field(default=None, metadata={"wire": "isDefault"})
