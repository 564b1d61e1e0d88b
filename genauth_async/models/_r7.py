# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (RiskListPolicyRespDtoRemoveType, ..., RoleDepartmentRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c4 import (
        CheckRoleParamsRespDto,
    )

__all__ = [
    "RiskListPolicyRespDtoRemoveType", "RiskListPolicyRespDtoUserCond",
    "RiskListPolicyRespDtoUserRange", "Role", "RoleAuthorizedResourcePaginatedRespDto",
    "RoleAuthorizedResourcePagingDto", "RoleAuthorizedResourcesRespDto",
    "RoleAuthorizedResourcesRespDtoResourceType", "RoleBo", "RoleCheckParamsRespDto",
    "RoleCodeAndNamespaceDto", "RoleCodeDto", "RoleDepartmentListPaginatedRespDto",
    "RoleDepartmentListPagingDto", "RoleDepartmentRespDto",
]


class RiskListPolicyRespDtoRemoveType(WireEnum):
    """Enum of ``RiskListPolicyRespDto.removeType`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class RiskListPolicyRespDtoUserCond(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyRespDtoUserRange(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


@_attrs.define(kw_only=True, slots=True)
class Role:
    """Wire model ``Role`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcePaginatedRespDto(WireBacked):
    """Wire model ``RoleAuthorizedResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleAuthorizedResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleAuthorizedResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcePagingDto(WireBacked):
    """Wire model ``RoleAuthorizedResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleAuthorizedResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleAuthorizedResourcesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcesRespDto:
    """Wire model ``RoleAuthorizedResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, RoleAuthorizedResourcesRespDtoResourceType, required
        actions: ``actions``, list[str], required
        api_identifier: ``apiIdentifier``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: RoleAuthorizedResourcesRespDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    api_identifier: str = _attrs.field(metadata={"wire": "apiIdentifier"})


class RoleAuthorizedResourcesRespDtoResourceType(WireEnum):
    """Enum of ``RoleAuthorizedResourcesRespDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class RoleBo:
    """Wire model ``RoleBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})


@_attrs.define(kw_only=True, slots=True)
class RoleCheckParamsRespDto(WireBacked):
    """Wire model ``RoleCheckParamsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckRoleParamsRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckRoleParamsRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleCodeAndNamespaceDto:
    """Wire model ``RoleCodeAndNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleCodeDto:
    """Wire model ``RoleCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentListPaginatedRespDto(WireBacked):
    """Wire model ``RoleDepartmentListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleDepartmentListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleDepartmentListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentListPagingDto(WireBacked):
    """Wire model ``RoleDepartmentListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentRespDto:
    """Wire model ``RoleDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
