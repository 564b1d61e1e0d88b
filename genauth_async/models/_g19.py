# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserAccessibleAppsDto, ..., GetUserAuthResourceStructRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a9 import (
        ArrResourceAuthAction,
    )
    from ._l15 import (
        ListWebhooksDto,
    )
    from ._s11 import (
        StrResourceAuthAction,
    )
    from ._t5 import (
        TreeResourceAuthAction,
    )
    from ._u15 import (
        UserAuthResourceListDto,
    )

__all__ = [
    "GetUserAccessibleAppsDto", "GetUserAccessibleAppsParamsUserIdType", "GetUserActionLogsDto",
    "GetUserAuthResourceListDataDto", "GetUserAuthResourceListRespDto",
    "GetUserAuthResourcePermissionList", "GetUserAuthResourcePermissionListDataDto",
    "GetUserAuthResourcePermissionListDto", "GetUserAuthResourcePermissionListRespDto",
    "GetUserAuthResourceStructDataDto", "GetUserAuthResourceStructDataDtoResourceType",
    "GetUserAuthResourceStructDto", "GetUserAuthResourceStructRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetUserAccessibleAppsDto:
    """Wire model ``GetUserAccessibleAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserAccessibleAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserAccessibleAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserActionLogsDto:
    """Wire model ``GetUserActionLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, str, optional
        user_id: ``userId``, str, optional
        app_id: ``appId``, str, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        success: ``success``, bool, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    event_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "eventType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceListDataDto(WireBacked):
    """Wire model ``GetUserAuthResourceListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserAuthResourceListDto], required
    """

    user_permission_list: List[UserAuthResourceListDto] = _attrs.field(metadata={"wire": "userPermissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceListRespDto(WireBacked):
    """Wire model ``GetUserAuthResourceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourceListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourceListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionList:
    """Wire model ``GetUserAuthResourcePermissionList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
        resource: ``resource``, str, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource: str = _attrs.field(metadata={"wire": "resource"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDataDto(WireBacked):
    """Wire model ``GetUserAuthResourcePermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_list: ``permissionList``, list[GetUserAuthResourcePermissionList], required
    """

    permission_list: List[GetUserAuthResourcePermissionList] = _attrs.field(metadata={"wire": "permissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDto:
    """Wire model ``GetUserAuthResourcePermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListRespDto(WireBacked):
    """Wire model ``GetUserAuthResourcePermissionListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourcePermissionListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourcePermissionListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructDataDto(WireBacked):
    """Wire model ``GetUserAuthResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetUserAuthResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetUserAuthResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetUserAuthResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetUserAuthResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructDto:
    """Wire model ``GetUserAuthResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructRespDto(WireBacked):
    """Wire model ``GetUserAuthResourceStructRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourceStructDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourceStructDataDto = _attrs.field(metadata={"wire": "data"})
