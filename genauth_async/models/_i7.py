# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (IsActionAllowedDto, ..., IsUserInDepartmentRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._i6 import (
        IsActionAllowedDataDto,
    )

__all__ = [
    "IsActionAllowedDto", "IsActionAllowedRespDtp", "IsSuccessDto", "IsSuccessRespDto",
    "IsUserExistsDto", "IsUserExistsReqDto", "IsUserExistsRespDto", "IsUserInDepartmentDataDto",
    "IsUserInDepartmentDto", "IsUserInDepartmentParamsDepartmentIdType",
    "IsUserInDepartmentRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDto:
    """Wire model ``IsActionAllowedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedRespDtp(WireBacked):
    """Wire model ``IsActionAllowedRespDtp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsActionAllowedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsActionAllowedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsSuccessDto:
    """Wire model ``IsSuccessDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class IsSuccessRespDto(WireBacked):
    """Wire model ``IsSuccessRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsSuccessDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsSuccessDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsDto:
    """Wire model ``IsUserExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exists: ``exists``, bool, required
    """

    exists: bool = _attrs.field(metadata={"wire": "exists"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsReqDto:
    """Wire model ``IsUserExistsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        external_id: ``externalId``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsRespDto(WireBacked):
    """Wire model ``IsUserExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsUserExistsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsUserExistsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentDataDto:
    """Wire model ``IsUserInDepartmentDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        in_department: ``inDepartment``, bool, required
    """

    in_department: bool = _attrs.field(metadata={"wire": "inDepartment"})


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentDto:
    """Wire model ``IsUserInDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class IsUserInDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``IsUserInDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentRespDto(WireBacked):
    """Wire model ``IsUserInDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsUserInDepartmentDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsUserInDepartmentDataDto = _attrs.field(metadata={"wire": "data"})
