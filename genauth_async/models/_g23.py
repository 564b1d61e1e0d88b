# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserResourcePermissionListDataDto, ..., GetUserSyncRelationsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a9 import (
        ArrResourceAuthAction,
    )
    from ._g22 import (
        GetUserResourcePermissionList,
    )
    from ._l10 import (
        ListPublicAccountDataDto,
    )
    from ._s11 import (
        StrResourceAuthAction,
    )
    from ._t5 import (
        TreeResourceAuthAction,
    )

__all__ = [
    "GetUserResourcePermissionListDataDto", "GetUserResourcePermissionListDto",
    "GetUserResourcePermissionListRespDto", "GetUserResourceStructDataDto",
    "GetUserResourceStructDataDtoResourceType", "GetUserResourceStructDto",
    "GetUserResourceStructRespDto", "GetUserRolesDto", "GetUserRolesParamsUserIdType",
    "GetUserSelectLoginPublicAccountsDataDto", "GetUserSelectLoginPublicAccountsDto",
    "GetUserSelectLoginPublicAccountsOriginUserDto",
    "GetUserSelectLoginPublicAccountsOriginUserDtoUsertype", "GetUserSyncRelationsDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListDataDto(WireBacked):
    """Wire model ``GetUserResourcePermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_list: ``permissionList``, list[GetUserResourcePermissionList], required
    """

    permission_list: List[GetUserResourcePermissionList] = _attrs.field(metadata={"wire": "permissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListDto:
    """Wire model ``GetUserResourcePermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListRespDto(WireBacked):
    """Wire model ``GetUserResourcePermissionListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserResourcePermissionListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserResourcePermissionListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserResourceStructDataDto(WireBacked):
    """Wire model ``GetUserResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetUserResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetUserResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetUserResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetUserResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetUserResourceStructDto:
    """Wire model ``GetUserResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetUserResourceStructRespDto(WireBacked):
    """Wire model ``GetUserResourceStructRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserResourceStructDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserResourceStructDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserRolesDto:
    """Wire model ``GetUserRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


class GetUserRolesParamsUserIdType(WireEnum):
    """Enum of ``GetUserRolesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserSelectLoginPublicAccountsDataDto(WireBacked):
    """Wire model ``GetUserSelectLoginPublicAccountsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_accounts: ``publicAccounts``, list[ListPublicAccountDataDto], required
        origin_user: ``originUser``, GetUserSelectLoginPublicAccountsOriginUserDto, optional
    """

    public_accounts: List[ListPublicAccountDataDto] = _attrs.field(metadata={"wire": "publicAccounts"})
    origin_user: GetUserSelectLoginPublicAccountsOriginUserDto | None = _attrs.field(default=None, metadata={"wire": "originUser"})


@_attrs.define(kw_only=True, slots=True)
class GetUserSelectLoginPublicAccountsDto:
    """Wire model ``GetUserSelectLoginPublicAccountsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        with_origin_user: ``withOriginUser``, Any, optional
    """

    with_origin_user: Any = _attrs.field(default=None, metadata={"wire": "withOriginUser"})


@_attrs.define(kw_only=True, slots=True)
class GetUserSelectLoginPublicAccountsOriginUserDto:
    """Wire model ``GetUserSelectLoginPublicAccountsOriginUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        avatar: ``avatar``, str, optional
        display_name: ``displayName``, str, optional
        usertype: ``usertype``, GetUserSelectLoginPublicAccountsOriginUserDtoUsertype, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    avatar: str | None = _attrs.field(default=None, metadata={"wire": "avatar"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    usertype: GetUserSelectLoginPublicAccountsOriginUserDtoUsertype | None = _attrs.field(default=None, metadata={"wire": "usertype"})


class GetUserSelectLoginPublicAccountsOriginUserDtoUsertype(WireEnum):
    """Enum of ``GetUserSelectLoginPublicAccountsOriginUserDto.usertype`` (unknown wire values are kept, not rejected)."""

    V_1 = "1"
    V_2 = "2"


@_attrs.define(kw_only=True, slots=True)
class GetUserSyncRelationsDto:
    """Wire model ``GetUserSyncRelationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
