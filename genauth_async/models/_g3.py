# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserLoggedinAppsDto, ..., GroupSingleRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ArrResourceAuthAction,
    )
    from ._l1 import (
        ListPublicAccountDataDto,
    )
    from ._r import (
        ResGroupDto,
    )
    from ._s2 import (
        StrResourceAuthAction,
    )
    from ._t import (
        TreeResourceAuthAction,
    )
    from ._u2 import (
        UserDto, UserPermissionListDto,
    )
    from ._w import (
        WebhookDto,
    )

__all__ = [
    "GetUserLoggedinAppsDto", "GetUserLoggedinAppsParamsUserIdType",
    "GetUserLoggedinIdentitiesParamsUserIdType", "GetUserLoginHistoryDto",
    "GetUserLoginHistoryParamsUserIdType", "GetUserMfaInfoDto", "GetUserMfaInfoParamsUserIdType",
    "GetUserMfaStatusParamsUserIdType", "GetUserParamsUserIdType",
    "GetUserPasswordCiphertextDataDto", "GetUserPasswordCiphertextDto",
    "GetUserPasswordCiphertextDtoUserIdType", "GetUserPasswordCiphertextRespDto",
    "GetUserPermissionListDataDto", "GetUserPermissionListDto", "GetUserPermissionListRespDto",
    "GetUserPostDto", "GetUserPostsDto", "GetUserPrincipalAuthenticationInfoDto",
    "GetUserPrincipalAuthenticationInfoParamsUserIdType", "GetUserResourcePermissionList",
    "GetUserResourcePermissionListDataDto", "GetUserResourcePermissionListDto",
    "GetUserResourcePermissionListRespDto", "GetUserResourceStructDataDto",
    "GetUserResourceStructDataDtoResourceType", "GetUserResourceStructDto",
    "GetUserResourceStructRespDto", "GetUserRolesDto", "GetUserRolesParamsUserIdType",
    "GetUserSelectLoginPublicAccountsDataDto", "GetUserSelectLoginPublicAccountsDto",
    "GetUserSelectLoginPublicAccountsOriginUserDto",
    "GetUserSelectLoginPublicAccountsOriginUserDtoUsertype", "GetUserSyncRelationsDto",
    "GetUserSyncRelationsParamsUserIdType", "GetUsersOfPublicAccountDto", "GetWebhookDto",
    "GetWebhookRespDto", "GetWebhooksData", "GetWebhooksRespDto", "GetWechatAccessTokenDataDto",
    "GetWechatAccessTokenDto", "GetWechatAccessTokenInfoRespDto", "GetWechatAccessTokenRespDto",
    "GetWechatMiniProgramPhoneDataDto", "GetWechatMiniProgramPhoneDto",
    "GetWechatMiniProgramPhoneRespDto", "GoodsPackageDto", "GroupBo", "GroupDto",
    "GroupListRespDto", "GroupPaginatedRespDto", "GroupPagingDto", "GroupSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetUserLoggedinAppsDto:
    """Wire model ``GetUserLoggedinAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserLoggedinAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoggedinAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetUserLoggedinIdentitiesParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoggedinIdentitiesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserLoginHistoryDto:
    """Wire model ``GetUserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        app_id: ``appId``, Any, optional
        client_ip: ``clientIp``, Any, optional
        start: ``start``, Any, optional
        end: ``end``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    client_ip: Any = _attrs.field(default=None, metadata={"wire": "clientIp"})
    start: Any = _attrs.field(default=None, metadata={"wire": "start"})
    end: Any = _attrs.field(default=None, metadata={"wire": "end"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class GetUserLoginHistoryParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoginHistoryParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserMfaInfoDto:
    """Wire model ``GetUserMfaInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserMfaInfoParamsUserIdType(WireEnum):
    """Enum of ``GetUserMfaInfoParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetUserMfaStatusParamsUserIdType(WireEnum):
    """Enum of ``GetUserMfaStatusParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetUserParamsUserIdType(WireEnum):
    """Enum of ``GetUserParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextDataDto:
    """Wire model ``GetUserPasswordCiphertextDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ciphertext: ``ciphertext``, str, required
    """

    ciphertext: str = _attrs.field(metadata={"wire": "ciphertext"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextDto:
    """Wire model ``GetUserPasswordCiphertextDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, GetUserPasswordCiphertextDtoUserIdType, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: GetUserPasswordCiphertextDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class GetUserPasswordCiphertextDtoUserIdType(WireEnum):
    """Enum of ``GetUserPasswordCiphertextDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextRespDto:
    """Wire model ``GetUserPasswordCiphertextRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserPasswordCiphertextDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserPasswordCiphertextDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDataDto:
    """Wire model ``GetUserPermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserPermissionListDto], required
    """

    user_permission_list: List[UserPermissionListDto] = _attrs.field(metadata={"wire": "userPermissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDto:
    """Wire model ``GetUserPermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        namespace_codes: ``namespaceCodes``, list[str], optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    namespace_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCodes"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListRespDto:
    """Wire model ``GetUserPermissionListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, GetUserPermissionListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: GetUserPermissionListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPostDto:
    """Wire model ``GetUserPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPostsDto:
    """Wire model ``GetUserPostsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPrincipalAuthenticationInfoDto:
    """Wire model ``GetUserPrincipalAuthenticationInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserPrincipalAuthenticationInfoParamsUserIdType(WireEnum):
    """Enum of ``GetUserPrincipalAuthenticationInfoParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionList:
    """Wire model ``GetUserResourcePermissionList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
        resource: ``resource``, str, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource: str = _attrs.field(metadata={"wire": "resource"})


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionListDataDto:
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
class GetUserResourcePermissionListRespDto:
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
class GetUserResourceStructDataDto:
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
class GetUserResourceStructRespDto:
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
class GetUserSelectLoginPublicAccountsDataDto:
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


class GetUserSyncRelationsParamsUserIdType(WireEnum):
    """Enum of ``GetUserSyncRelationsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUsersOfPublicAccountDto:
    """Wire model ``GetUsersOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_account_id: ``publicAccountId``, Any, optional
    """

    public_account_id: Any = _attrs.field(default=None, metadata={"wire": "publicAccountId"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhookDto:
    """Wire model ``GetWebhookDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, Any, optional
    """

    webhook_id: Any = _attrs.field(default=None, metadata={"wire": "webhookId"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhookRespDto:
    """Wire model ``GetWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WebhookDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WebhookDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhooksData:
    """Wire model ``GetWebhooksData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhooksRespDto:
    """Wire model ``GetWebhooksRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWebhooksData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWebhooksData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDataDto:
    """Wire model ``GetWechatAccessTokenDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``accessToken``, str, required
        expires_at: ``expiresAt``, str, required
    """

    access_token: str = _attrs.field(metadata={"wire": "accessToken"})
    expires_at: str = _attrs.field(metadata={"wire": "expiresAt"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDto:
    """Wire model ``GetWechatAccessTokenDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_secret: ``appSecret``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_secret: str = _attrs.field(metadata={"wire": "appSecret"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenInfoRespDto:
    """Wire model ``GetWechatAccessTokenInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatAccessTokenDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatAccessTokenDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenRespDto:
    """Wire model ``GetWechatAccessTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatAccessTokenDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatAccessTokenDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDataDto:
    """Wire model ``GetWechatMiniProgramPhoneDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pure_phone_number: ``purePhoneNumber``, str, required
        country_code: ``countryCode``, str, required
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pure_phone_number: str = _attrs.field(metadata={"wire": "purePhoneNumber"})
    country_code: str = _attrs.field(metadata={"wire": "countryCode"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDto:
    """Wire model ``GetWechatMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        code: ``code``, str, required
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneRespDto:
    """Wire model ``GetWechatMiniProgramPhoneRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatMiniProgramPhoneDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatMiniProgramPhoneDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GoodsPackageDto:
    """Wire model ``GoodsPackageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        unit_price: ``unitPrice``, str, required
        code: ``code``, str, required
        group: ``group``, str, required
        scene_code: ``sceneCode``, str, required
        amount: ``amount``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    unit_price: str = _attrs.field(metadata={"wire": "unitPrice"})
    code: str = _attrs.field(metadata={"wire": "code"})
    group: str = _attrs.field(metadata={"wire": "group"})
    scene_code: str = _attrs.field(metadata={"wire": "sceneCode"})
    amount: str = _attrs.field(metadata={"wire": "amount"})


@_attrs.define(kw_only=True, slots=True)
class GroupBo:
    """Wire model ``GroupBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, str, required
        group_name: ``groupName``, str, required
        group_code: ``groupCode``, str, required
    """

    group_id: str = _attrs.field(metadata={"wire": "groupId"})
    group_name: str = _attrs.field(metadata={"wire": "groupName"})
    group_code: str = _attrs.field(metadata={"wire": "groupCode"})


@_attrs.define(kw_only=True, slots=True)
class GroupDto:
    """Wire model ``GroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        type: ``type``, str, required
        metadata_source: ``metadataSource``, list[str], required
        members: ``members``, list[UserDto], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    type: str = _attrs.field(metadata={"wire": "type"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
    members: List[UserDto] = _attrs.field(metadata={"wire": "members"})


@_attrs.define(kw_only=True, slots=True)
class GroupListRespDto:
    """Wire model ``GroupListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GroupDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GroupDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GroupPaginatedRespDto:
    """Wire model ``GroupPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GroupPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GroupPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GroupPagingDto:
    """Wire model ``GroupPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResGroupDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResGroupDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GroupSingleRespDto:
    """Wire model ``GroupSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GroupDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GroupDto = _attrs.field(metadata={"wire": "data"})
