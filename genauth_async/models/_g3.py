# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetAdminAuditLogsDto, ..., GetApplicationPermissionStrategyDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        AlipayAuthInfoDataDto,
    )
    from ._c6 import (
        Condition,
    )
    from ._g4 import (
        GetApplicationPermissionStrategyDataDtoPermissionStrategy,
    )
    from ._l15 import (
        ListWebhooksDto,
    )

__all__ = [
    "GetAdminAuditLogsDto", "GetAlipayAuthInfoRespDto", "GetAlipayAuthinfoDto",
    "GetAllDepartmentsDto", "GetAllDepartmentsParamsDepartmentIdType", "GetAllGroupsDto",
    "GetAllRowByScrollidDto", "GetAllRowByScrollidResDto", "GetAllRowDto",
    "GetAllRowVyScrollidDto", "GetAppLoginQrcodeStatusDto", "GetApplicationDto",
    "GetApplicationPermissionStrategyDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetAdminAuditLogsDto:
    """Wire model ``GetAdminAuditLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        operation_type: ``operationType``, str, optional
        resource_type: ``resourceType``, str, optional
        user_id: ``userId``, str, optional
        success: ``success``, bool, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    operation_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "operationType"})
    resource_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class GetAlipayAuthInfoRespDto(WireBacked):
    """Wire model ``GetAlipayAuthInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AlipayAuthInfoDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AlipayAuthInfoDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAlipayAuthinfoDto:
    """Wire model ``GetAlipayAuthinfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, Any, optional
    """

    ext_idp_connidentifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnidentifier"})


@_attrs.define(kw_only=True, slots=True)
class GetAllDepartmentsDto:
    """Wire model ``GetAllDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


class GetAllDepartmentsParamsDepartmentIdType(WireEnum):
    """Enum of ``GetAllDepartmentsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"


@_attrs.define(kw_only=True, slots=True)
class GetAllGroupsDto:
    """Wire model ``GetAllGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        fetch_members: ``fetchMembers``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    fetch_members: Any = _attrs.field(default=None, metadata={"wire": "fetchMembers"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowByScrollidDto:
    """Wire model ``GetAllRowByScrollidDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scroll_id: ``scrollId``, str, required
        list: ``list``, list[str], required
    """

    scroll_id: str = _attrs.field(metadata={"wire": "scrollId"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowByScrollidResDto(WireBacked):
    """Wire model ``GetAllRowByScrollidResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAllRowByScrollidDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAllRowByScrollidDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowDto:
    """Wire model ``GetAllRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        conjunction: ``conjunction``, str, optional
        conditions: ``conditions``, list[Condition], optional
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    conjunction: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conjunction"})
    conditions: List[Condition] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conditions"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowVyScrollidDto:
    """Wire model ``GetAllRowVyScrollidDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        size: ``size``, int, required
        model_id: ``modelId``, str, required
        scroll_id: ``scrollId``, str, optional
        id: ``id``, str, optional
        query: ``query``, Any, optional
        get_relation_details: ``getRelationDetails``, bool, optional
    """

    size: int = _attrs.field(metadata={"wire": "size"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    scroll_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scrollId"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    query: Any = _attrs.field(default=_UNSET, metadata={"wire": "query"})
    get_relation_details: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getRelationDetails"})


@_attrs.define(kw_only=True, slots=True)
class GetAppLoginQrcodeStatusDto:
    """Wire model ``GetAppLoginQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationDto:
    """Wire model ``GetApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyDataDto:
    """Wire model ``GetApplicationPermissionStrategyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_strategy: ``permissionStrategy``, GetApplicationPermissionStrategyDataDtoPermissionStrategy, required
    """

    permission_strategy: GetApplicationPermissionStrategyDataDtoPermissionStrategy = _attrs.field(metadata={"wire": "permissionStrategy"})
