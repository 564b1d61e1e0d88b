# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetDepartmentByIdReqDto, ..., GetDeviceExclusiveValidScopeAppRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d7 import (
        DeviceExclusiveValidScopeAppDataDto,
    )
    from ._d8 import (
        DeviceRuleDto,
    )
    from ._i1 import (
        IPRuleDto,
    )

__all__ = [
    "GetDepartmentByIdReqDto", "GetDepartmentDto", "GetDepartmentListDto",
    "GetDepartmentListParamsOrderBy", "GetDepartmentListParamsSortBy",
    "GetDepartmentParamsDepartmentIdType", "GetDepartmentSyncRelationsDto",
    "GetDepartmentSyncRelationsParamsDepartmentIdType", "GetDepartmentsOfPublicAccountDto",
    "GetDeviceExclusiveRuleDataDto", "GetDeviceExclusiveRuleDataDtoRule",
    "GetDeviceExclusiveRuleRespDto", "GetDeviceExclusiveValidScopeAppRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdReqDto:
    """Wire model ``GetDepartmentByIdReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentDto:
    """Wire model ``GetDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_code: ``departmentCode``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_code: Any = _attrs.field(default=None, metadata={"wire": "departmentCode"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentListDto:
    """Wire model ``GetDepartmentListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


class GetDepartmentListParamsOrderBy(WireEnum):
    """Enum of ``GetDepartmentListParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetDepartmentListParamsSortBy(WireEnum):
    """Enum of ``GetDepartmentListParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``GetDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentSyncRelationsDto:
    """Wire model ``GetDepartmentSyncRelationsDto`` (response side; optional fields default to None).

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


class GetDepartmentSyncRelationsParamsDepartmentIdType(WireEnum):
    """Enum of ``GetDepartmentSyncRelationsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentsOfPublicAccountDto:
    """Wire model ``GetDepartmentsOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_paths: ``withDepartmentPaths``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_paths: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentPaths"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveRuleDataDto(WireBacked):
    """Wire model ``GetDeviceExclusiveRuleDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rule: ``rule``, GetDeviceExclusiveRuleDataDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: GetDeviceExclusiveRuleDataDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None = _attrs.field(default=None, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None = _attrs.field(default=None, metadata={"wire": "ipRule"})


class GetDeviceExclusiveRuleDataDtoRule(WireEnum):
    """Enum of ``GetDeviceExclusiveRuleDataDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveRuleRespDto(WireBacked):
    """Wire model ``GetDeviceExclusiveRuleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDeviceExclusiveRuleDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDeviceExclusiveRuleDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeAppRespDto(WireBacked):
    """Wire model ``GetDeviceExclusiveValidScopeAppRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[DeviceExclusiveValidScopeAppDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[DeviceExclusiveValidScopeAppDataDto] = _attrs.field(metadata={"wire": "data"})
