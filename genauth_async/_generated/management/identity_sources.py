# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``identity_sources``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        CreateExtIdpConnDtoType, CreateExtIdpDtoType, ExtIdpConnDetail,
        ExtIdpConnStateByAppsParamsType, ExtIdpDetail, ExtIdpDto, ExtIdpListPagingDto,
        GetExtIdpParamsType, GetUserIdentitiesParamsUserIdType, GetWechatAccessTokenDataDto,
        IdentityDto, IsSuccessDto, LdapConfigInfoDto, LdapLogDto, LinkIdentityDataDto,
        UnlinkIdentityDataDto,
    )

_EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE = Endpoint(
    "change_ext_idp_conn_association_state",
    "POST",
    "/api/v3/change-ext-idp-conn-association-state",
    (
        Param("id", "id", "json", True, "str"),
        Param("association", "association", "json", True, "bool"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CHANGE_EXT_IDP_CONN_STATE = Endpoint(
    "change_ext_idp_conn_state",
    "POST",
    "/api/v3/change-ext-idp-conn-state",
    (
        Param("id", "id", "json", True, "str"),
        Param("enabled", "enabled", "json", True, "bool"),
        Param("app_id", "appId", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
        Param("app_ids", "appIds", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_EXT_IDP = Endpoint(
    "create_ext_idp",
    "POST",
    "/api/v3/create-ext-idp",
    (
        Param("name", "name", "json", True, "str"),
        Param("type", "type", "json", True, "str", "any", ("oidc", "oauth2", "saml", "ldap", "ad", "cas", "azure-ad", "wechat", "google", "qq", "wechatwork", "dingtalk", "weibo", "github", "alipay", "apple", "baidu", "lark", "gitlab", "twitter", "facebook", "slack", "linkedin", "yidun", "qingcloud", "gitee", "instagram", "welink", "huawei", "honor", "xiaomi", "oppo", "aws", "amazon", "douyin", "kuaishou", "line", "sdbz", "zjzwfw", "zzding", "seeyona8v5")),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_EXT_IDP_CONN = Endpoint(
    "create_ext_idp_conn",
    "POST",
    "/api/v3/create-ext-idp-conn",
    (
        Param("ext_idp_id", "extIdpId", "json", True, "str"),
        Param("type", "type", "json", True, "str", "any", ("oidc", "oauth", "saml", "ldap", "ad", "cas", "azure-ad", "alipay", "facebook", "facebook:mobile", "twitter", "google:mobile", "google", "wechat:pc", "wechat:mobile", "wechat:webpage-authorization", "wechatmp-qrcode", "wechat:miniprogram:default", "wechat:miniprogram:qrconnect", "wechat:miniprogram:app-launch", "github", "github:mobile", "qq", "qq:mobile", "wechatwork:corp:qrconnect", "wechatwork:agency:qrconnect", "wechatwork:service-provider:qrconnect", "wechatwork:mobile", "wechatwork:agency:mobile", "dingtalk", "dingtalk:mobile", "dingtalk:provider", "weibo", "weibo:mobile", "apple", "apple:web", "baidu", "baidu:mobile", "lark-internal", "lark-public", "lark-block", "gitlab", "gitlab:mobile", "linkedin", "linkedin:mobile", "slack", "slack:mobile", "yidun", "qingcloud", "gitee", "gitee:mobile", "instagram", "welink", "ad-kerberos", "huawei", "huawei:mobile", "honor", "xiaomi", "xiaomi:mobile", "aws", "amazon", "amazon:mobile", "douyin:mobile", "douyin:miniprogram:default", "kuaishou:mobile", "line:mobile", "oppo:mobile", "wechatwork:qrconnect:of:authing:agency", "sdbz", "zjzwfw-qrcode", "zzding", "seeyona8v5")),
        Param("identifier", "identifier", "json", True, "str"),
        Param("display_name", "displayName", "json", True, "str"),
        Param("fields", "fields", "json", True, "any"),
        Param("login_only", "loginOnly", "json", False, "bool"),
        Param("logo", "logo", "json", False, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_EXT_IDP = Endpoint(
    "delete_ext_idp",
    "POST",
    "/api/v3/delete-ext-idp",
    (
        Param("id", "id", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_EXT_IDP_CONN = Endpoint(
    "delete_ext_idp_conn",
    "POST",
    "/api/v3/delete-ext-idp-conn",
    (
        Param("id", "id", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DISABLE_LDAP_SERVER = Endpoint(
    "disable_ldap_server",
    "POST",
    "/api/v3/disable-ldap-server",
    (
        Param("enabled", "enabled", "json", True, "bool"),
    ),
    idempotent=False,
)

_EP_EXT_IDP_CONN_STATE_BY_APPS = Endpoint(
    "ext_idp_conn_state_by_apps",
    "GET",
    "/api/v3/ext-idp-conn-apps",
    (
        Param("id", "id", "query", True, "str"),
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("app_id", "appId", "query", False, "str"),
        Param("type", "type", "query", False, "str", "any", ("social", "enterprise")),
    ),
    idempotent=True,
)

_EP_GET_BIND_PWD = Endpoint(
    "get_bind_pwd",
    "GET",
    "/api/v3/get-ldap-server-random-pwd",
    (),
    idempotent=True,
)

_EP_GET_EXT_IDP = Endpoint(
    "get_ext_idp",
    "GET",
    "/api/v3/get-ext-idp",
    (
        Param("id", "id", "query", True, "str"),
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("app_id", "appId", "query", False, "str"),
        Param("type", "type", "query", False, "str", "any", ("social", "enterprise")),
    ),
    idempotent=True,
)

_EP_GET_USER_IDENTITIES = Endpoint(
    "get_user_identities",
    "GET",
    "/api/v3/get-user-identities",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO = Endpoint(
    "get_wechat_mp_access_token_info",
    "POST",
    "/api/v3/get-weixin-access-token",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("app_secret", "appSecret", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_LINK_IDENTITY = Endpoint(
    "link_identity",
    "POST",
    "/api/v3/link-identity",
    (
        Param("user_id_in_idp", "userIdInIdp", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("ext_idp_id", "extIdpId", "json", True, "str"),
        Param("type", "type", "json", False, "str"),
        Param("is_social", "isSocial", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_EXT_IDP = Endpoint(
    "list_ext_idp",
    "GET",
    "/api/v3/list-ext-idp",
    (
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("app_id", "appId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_QUERY_LDAP_CONFIG_INFO = Endpoint(
    "query_ldap_config_info",
    "GET",
    "/api/v3/get-ldap-server-config",
    (),
    idempotent=True,
)

_EP_QUERY_LDAP_LOG = Endpoint(
    "query_ldap_log",
    "GET",
    "/api/v3/get-ldap-server-log",
    (
        Param("type", "type", "query", True, "int"),
        Param("page", "page", "query", True, "int"),
        Param("limit", "limit", "query", True, "int"),
        Param("connection", "connection", "query", False, "int"),
        Param("operation_number", "operationNumber", "query", False, "int"),
        Param("error_code", "errorCode", "query", False, "int"),
        Param("message", "message", "query", False, "str"),
        Param("start_time", "startTime", "query", False, "int"),
        Param("end_time", "endTime", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_QUERY_LDAP_SUB_ENTRIES = Endpoint(
    "query_ldap_sub_entries",
    "GET",
    "/api/v3/get-ldap-sub-entries",
    (
        Param("page", "page", "query", True, "int"),
        Param("limit", "limit", "query", True, "int"),
        Param("dn", "dn", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_SAVE_LDAP_CONFIG_INFO = Endpoint(
    "save_ldap_config_info",
    "POST",
    "/api/v3/enable-ldap-server",
    (
        Param("ldap_domain", "ldapDomain", "json", True, "str"),
        Param("link_url", "linkUrl", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UNLINK_IDENTITY = Endpoint(
    "unlink_identity",
    "POST",
    "/api/v3/unlink-identity",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("ext_idp_id", "extIdpId", "json", True, "str"),
        Param("type", "type", "json", False, "str"),
        Param("is_social", "isSocial", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_EXT_IDP = Endpoint(
    "update_ext_idp",
    "POST",
    "/api/v3/update-ext-idp",
    (
        Param("name", "name", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_EXT_IDP_CONN = Endpoint(
    "update_ext_idp_conn",
    "POST",
    "/api/v3/update-ext-idp-conn",
    (
        Param("id", "id", "json", True, "str"),
        Param("display_name", "displayName", "json", True, "str"),
        Param("fields", "fields", "json", True, "any"),
        Param("logo", "logo", "json", False, "str"),
        Param("login_only", "loginOnly", "json", False, "bool"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_LDAP_CONFIG_INFO = Endpoint(
    "update_ldap_config_info",
    "POST",
    "/api/v3/update-ldap-server-config",
    (
        Param("bind_pwd", "bindPwd", "json", False, "str"),
    ),
    idempotent=False,
)


class IdentitySourcesMixin(_Caller):
    """Management API, area ``identity_sources``: 22 endpoints."""

    __slots__ = ()

    async def change_ext_idp_conn_association_state(
        self,
        id: str,
        association: bool,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-ext-idp-conn-association-state`` -> ``IsSuccessDto``.

        Official python name, Node ``changeExtIdpConnAssociationState``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            association: ``association``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE,
            (
                id,
                association,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def change_ext_idp_conn_state(
        self,
        id: str,
        enabled: bool,
        app_id: str,
        tenant_id: str | None = None,
        app_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-ext-idp-conn-state`` -> ``IsSuccessDto``.

        Official python name, Node ``changeExtIdpConnState``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            enabled: ``enabled``, json, required
            app_id: ``appId``, json, required
            tenant_id: ``tenantId``, json
            app_ids: ``appIds``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_EXT_IDP_CONN_STATE,
            (
                id,
                enabled,
                app_id,
                tenant_id,
                app_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_ext_idp(
        self,
        name: str,
        type: CreateExtIdpDtoType | str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDto:
        """``POST /api/v3/create-ext-idp`` -> ``ExtIdpDto``.

        Official python name, Node ``createExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            type: ``type``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_EXT_IDP,
            (
                name,
                type,
                tenant_id,
            ),
            "ExtIdpDto",
            _request_options(call_options),
        )

    async def create_ext_idp_conn(
        self,
        ext_idp_id: str,
        type: CreateExtIdpConnDtoType | str,
        identifier: str,
        display_name: str,
        fields: Any,
        login_only: bool | None = None,
        logo: str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpConnDetail:
        """``POST /api/v3/create-ext-idp-conn`` -> ``ExtIdpConnDetail``.

        Official python name, Node ``createExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json, required
            identifier: ``identifier``, json, required
            display_name: ``displayName``, json, required
            fields: ``fields``, json, required
            login_only: ``loginOnly``, json
            logo: ``logo``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_EXT_IDP_CONN,
            (
                ext_idp_id,
                type,
                identifier,
                display_name,
                fields,
                login_only,
                logo,
                tenant_id,
            ),
            "ExtIdpConnDetail",
            _request_options(call_options),
        )

    async def delete_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-ext-idp`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_EXT_IDP,
            (
                id,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_ext_idp_conn(
        self,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-ext-idp-conn`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_EXT_IDP_CONN,
            (
                id,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def disable_ldap_server(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/disable-ldap-server`` -> ``bool``.

        Official python name, Node ``disableLdapServer``; area ``identity_sources``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DISABLE_LDAP_SERVER,
            (enabled,),
            "bool",
            _request_options(call_options),
        )

    async def ext_idp_conn_state_by_apps(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: ExtIdpConnStateByAppsParamsType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpListPagingDto:
        """``GET /api/v3/ext-idp-conn-apps`` -> ``ExtIdpListPagingDto``.

        Official python name, Node ``extIdpConnStateByApps``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
            type: ``type``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXT_IDP_CONN_STATE_BY_APPS,
            (
                id,
                tenant_id,
                app_id,
                type,
            ),
            "ExtIdpListPagingDto",
            _request_options(call_options),
        )

    async def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> str:
        """``GET /api/v3/get-ldap-server-random-pwd`` -> ``str``.

        Official python name, Node ``getBindPwd``; area ``identity_sources``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_BIND_PWD,
            (),
            "str",
            _request_options(call_options),
        )

    async def get_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: GetExtIdpParamsType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDetail:
        """``GET /api/v3/get-ext-idp`` -> ``ExtIdpDetail``.

        Official python name, Node ``getExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
            type: ``type``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_EXT_IDP,
            (
                id,
                tenant_id,
                app_id,
                type,
            ),
            "ExtIdpDetail",
            _request_options(call_options),
        )

    async def get_user_identities(
        self,
        user_id: str,
        user_id_type: GetUserIdentitiesParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[IdentityDto]:
        """``GET /api/v3/get-user-identities`` -> ``list[IdentityDto]``.

        Official python name, Node ``getUserIdentities``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_IDENTITIES,
            (
                user_id,
                user_id_type,
            ),
            "list[IdentityDto]",
            _request_options(call_options),
        )

    async def get_wechat_mp_access_token_info(
        self,
        app_id: str,
        app_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-weixin-access-token`` -> ``GetWechatAccessTokenDataDto``.

        Node-only endpoint, Node ``getWechatMpAccessTokenInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO,
            (
                app_id,
                app_secret,
            ),
            "GetWechatAccessTokenDataDto",
            _request_options(call_options),
        )

    async def link_identity(
        self,
        user_id_in_idp: str,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LinkIdentityDataDto:
        """``POST /api/v3/link-identity`` -> ``LinkIdentityDataDto``.

        Official python name, Node ``linkIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id_in_idp: ``userIdInIdp``, json, required
            user_id: ``userId``, json, required
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json
            is_social: ``isSocial``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LINK_IDENTITY,
            (
                user_id_in_idp,
                user_id,
                ext_idp_id,
                type,
                is_social,
            ),
            "LinkIdentityDataDto",
            _request_options(call_options),
        )

    async def list_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpListPagingDto:
        """``GET /api/v3/list-ext-idp`` -> ``ExtIdpListPagingDto``.

        Official python name, Node ``listExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_EXT_IDP,
            (
                tenant_id,
                app_id,
            ),
            "ExtIdpListPagingDto",
            _request_options(call_options),
        )

    async def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> LdapConfigInfoDto:
        """``GET /api/v3/get-ldap-server-config`` -> ``LdapConfigInfoDto``.

        Official python name, Node ``queryLdapConfigInfo``; area ``identity_sources``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_CONFIG_INFO,
            (),
            "LdapConfigInfoDto",
            _request_options(call_options),
        )

    async def query_ldap_log(
        self,
        type: int,
        page: int,
        limit: int,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LdapLogDto:
        """``GET /api/v3/get-ldap-server-log`` -> ``LdapLogDto``.

        Official python name, Node ``queryLdapLog``; area ``identity_sources``.

        Parameters (name: wire name, location):
            type: ``type``, query, required
            page: ``page``, query, required
            limit: ``limit``, query, required
            connection: ``connection``, query
            operation_number: ``operationNumber``, query
            error_code: ``errorCode``, query
            message: ``message``, query
            start_time: ``startTime``, query
            end_time: ``endTime``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_LOG,
            (
                type,
                page,
                limit,
                connection,
                operation_number,
                error_code,
                message,
                start_time,
                end_time,
            ),
            "LdapLogDto",
            _request_options(call_options),
        )

    def iter_query_ldap_log(
        self,
        type: int,
        limit: int,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``query_ldap_log``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.query_ldap_log(
                page=page,
                type=type,
                limit=limit,
                connection=connection,
                operation_number=operation_number,
                error_code=error_code,
                message=message,
                start_time=start_time,
                end_time=end_time,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def query_ldap_sub_entries(
        self,
        page: int,
        limit: int,
        dn: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LdapLogDto:
        """``GET /api/v3/get-ldap-sub-entries`` -> ``LdapLogDto``.

        Official python name, Node ``queryLdapSubEntries``; area ``identity_sources``.

        Parameters (name: wire name, location):
            page: ``page``, query, required
            limit: ``limit``, query, required
            dn: ``dn``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_SUB_ENTRIES,
            (
                page,
                limit,
                dn,
            ),
            "LdapLogDto",
            _request_options(call_options),
        )

    def iter_query_ldap_sub_entries(
        self,
        limit: int,
        dn: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``query_ldap_sub_entries``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.query_ldap_sub_entries(
                page=page,
                limit=limit,
                dn=dn,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def save_ldap_config_info(
        self,
        ldap_domain: str,
        link_url: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/enable-ldap-server`` -> ``bool``.

        Official python name, Node ``saveLdapConfigInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ldap_domain: ``ldapDomain``, json, required
            link_url: ``linkUrl``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SAVE_LDAP_CONFIG_INFO,
            (
                ldap_domain,
                link_url,
            ),
            "bool",
            _request_options(call_options),
        )

    async def unlink_identity(
        self,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UnlinkIdentityDataDto:
        """``POST /api/v3/unlink-identity`` -> ``UnlinkIdentityDataDto``.

        Official python name, Node ``unlinkIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json
            is_social: ``isSocial``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNLINK_IDENTITY,
            (
                user_id,
                ext_idp_id,
                type,
                is_social,
            ),
            "UnlinkIdentityDataDto",
            _request_options(call_options),
        )

    async def update_ext_idp(
        self,
        name: str,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDto:
        """``POST /api/v3/update-ext-idp`` -> ``ExtIdpDto``.

        Official python name, Node ``updateExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EXT_IDP,
            (
                name,
                id,
                tenant_id,
            ),
            "ExtIdpDto",
            _request_options(call_options),
        )

    async def update_ext_idp_conn(
        self,
        id: str,
        display_name: str,
        fields: Any,
        logo: str | None = None,
        login_only: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpConnDetail:
        """``POST /api/v3/update-ext-idp-conn`` -> ``ExtIdpConnDetail``.

        Official python name, Node ``updateExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            display_name: ``displayName``, json, required
            fields: ``fields``, json, required
            logo: ``logo``, json
            login_only: ``loginOnly``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EXT_IDP_CONN,
            (
                id,
                display_name,
                fields,
                logo,
                login_only,
                tenant_id,
            ),
            "ExtIdpConnDetail",
            _request_options(call_options),
        )

    async def update_ldap_config_info(
        self,
        bind_pwd: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/update-ldap-server-config`` -> ``bool``.

        Official python name, Node ``updateLdapConfigInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            bind_pwd: ``bindPwd``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_LDAP_CONFIG_INFO,
            (bind_pwd,),
            "bool",
            _request_options(call_options),
        )
