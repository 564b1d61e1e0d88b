# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ResignUserRespDto, ..., ResourcePermissionAssignmentDtoTargetType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._r3 import (
        ResignUserDataDto,
    )

__all__ = [
    "ResignUserRespDto", "ResourceAction", "ResourceAuthorizedTargetDto",
    "ResourceAuthorizedTargetDtoTargetType", "ResourceDto", "ResourceDtoType", "ResourceItemDto",
    "ResourceItemDtoResourceType", "ResourceListRespDto", "ResourcePaginatedRespDto",
    "ResourcePagingDto", "ResourcePermissionAssignmentDto",
    "ResourcePermissionAssignmentDtoTargetType",
]


@_attrs.define(kw_only=True, slots=True)
class ResignUserRespDto(WireBacked):
    """Wire model ``ResignUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResignUserDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResignUserDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourceAction:
    """Wire model ``ResourceAction`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        description: ``description``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class ResourceAuthorizedTargetDto:
    """Wire model ``ResourceAuthorizedTargetDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ResourceAuthorizedTargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        actions: ``actions``, list[str], required
    """

    target_type: ResourceAuthorizedTargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class ResourceAuthorizedTargetDtoTargetType(WireEnum):
    """Enum of ``ResourceAuthorizedTargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ResourceDto(WireBacked):
    """Wire model ``ResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, ResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: ResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})


class ResourceDtoType(WireEnum):
    """Enum of ``ResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class ResourceItemDto:
    """Wire model ``ResourceItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        actions: ``actions``, list[str], required
        resource_type: ``resourceType``, ResourceItemDtoResourceType, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource_type: ResourceItemDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})


class ResourceItemDtoResourceType(WireEnum):
    """Enum of ``ResourceItemDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class ResourceListRespDto(WireBacked):
    """Wire model ``ResourceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ResourceDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePaginatedRespDto(WireBacked):
    """Wire model ``ResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePagingDto(WireBacked):
    """Wire model ``ResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePermissionAssignmentDto:
    """Wire model ``ResourcePermissionAssignmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ResourcePermissionAssignmentDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        actions: ``actions``, list[str], required
    """

    target_type: ResourcePermissionAssignmentDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class ResourcePermissionAssignmentDtoTargetType(WireEnum):
    """Enum of ``ResourcePermissionAssignmentDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
