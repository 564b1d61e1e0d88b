# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetOrderDetailDto, ..., GetPermissionNamespaceListResponseDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._g14 import (
        GetPermissionNamespaceRespDto,
    )
    from ._o2 import (
        OrderItem, OtpSecretRespDto,
    )

__all__ = [
    "GetOrderDetailDto", "GetOrderPayDetailDto", "GetOrdersDto", "GetOrdersRes",
    "GetOrganizationBatchDto", "GetOrganizationDto", "GetOtpSecretByUserDto",
    "GetOtpSecretByUserParamsUserIdType", "GetOtpSecretRespDto", "GetParentDepartmentDto",
    "GetParentDepartmentParamsDepartmentIdType", "GetPermissionNamespaceDto",
    "GetPermissionNamespaceListResponseDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetOrderDetailDto:
    """Wire model ``GetOrderDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, Any, optional
    """

    order_no: Any = _attrs.field(default=None, metadata={"wire": "orderNo"})


@_attrs.define(kw_only=True, slots=True)
class GetOrderPayDetailDto:
    """Wire model ``GetOrderPayDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, Any, optional
    """

    order_no: Any = _attrs.field(default=None, metadata={"wire": "orderNo"})


@_attrs.define(kw_only=True, slots=True)
class GetOrdersDto:
    """Wire model ``GetOrdersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetOrdersRes(WireBacked):
    """Wire model ``GetOrdersRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, str, required
        list: ``list``, list[OrderItem], required
    """

    total_count: str = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OrderItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationBatchDto:
    """Wire model ``GetOrganizationBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code_list: ``organizationCodeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code_list: Any = _attrs.field(default=None, metadata={"wire": "organizationCodeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationDto:
    """Wire model ``GetOrganizationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetOtpSecretByUserDto:
    """Wire model ``GetOtpSecretByUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetOtpSecretByUserParamsUserIdType(WireEnum):
    """Enum of ``GetOtpSecretByUserParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetOtpSecretRespDto(WireBacked):
    """Wire model ``GetOtpSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OtpSecretRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OtpSecretRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetParentDepartmentDto:
    """Wire model ``GetParentDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class GetParentDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``GetParentDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceDto:
    """Wire model ``GetPermissionNamespaceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceListResponseDto(WireBacked):
    """Wire model ``GetPermissionNamespaceListResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetPermissionNamespaceRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetPermissionNamespaceRespDto] = _attrs.field(metadata={"wire": "data"})
