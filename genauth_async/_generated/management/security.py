# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``security``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AddWhitelistDtoType, AddWhitelistOfAppDtoType, ChangeEmailStrategyDto,
        ChangePhoneStrategyDto, CookieSettingsDto, CreateAccessKeyRespDto, DeleteWhitelistDtoType,
        DeleteWhitelistOfAppDtoType, FindIpListParamsIpType, FindRiskListPolicyParamsOptObject,
        FindUserListParamsUserListType, GetAccessKeyRespDto, IpListPagingDto, IpListRespDto,
        IsSuccessDto, ListAccessKeyRespDto, ListWhitelistsOfAppParamsType,
        ListWhitelistsParamsType, LoginAnomalyDetectionConfigDto, QrcodeLoginStrategyDto,
        RegisterAnomalyDetectionConfigDto, RiskListItemDto, RiskListPolicyCreateDtoAction,
        RiskListPolicyCreateDtoEventStateType, RiskListPolicyCreateDtoIpCond,
        RiskListPolicyCreateDtoIpRange, RiskListPolicyCreateDtoLimitList,
        RiskListPolicyCreateDtoOptObject, RiskListPolicyCreateDtoRemoveType,
        RiskListPolicyCreateDtoUserCond, RiskListPolicyCreateDtoUserRange, RiskListPolicyPagingDto,
        RiskListPolicyRespDto, SecuritySettingsDto, SelfUnlockAccountConfigDto, UserListPagingDto,
        WhitelistRespDto,
    )

_EP_ADD = Endpoint(
    "add",
    "POST",
    "/api/v3/ip-list",
    (
        Param("expire_at", "expireAt", "json", True, "str"),
        Param("limit_list", "limitList", "json", True, "list", "str"),
        Param("remove_type", "removeType", "json", True, "str"),
        Param("add_type", "addType", "json", True, "str"),
        Param("ip_type", "ipType", "json", True, "str"),
        Param("ips", "ips", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_ADD_RISK_LIST_POLICY = Endpoint(
    "add_risk_list_policy",
    "POST",
    "/api/v3/risk-list-policy",
    (
        Param("limit_list", "limitList", "json", True, "str", "any", ("FORBID_LOGIN", "FORBID_REGISTER")),
        Param("action", "action", "json", True, "str", "any", ("ADD_IP_BLACK_LIST", "ADD_USER_BLACK_LIST")),
        Param("remove_type", "removeType", "json", True, "str", "any", ("MANUAL", "SCHEDULE")),
        Param("event_state_type", "eventStateType", "json", True, "str", "any", ("password_wrong", "account_wrong")),
        Param("count_thr", "countThr", "json", True, "int"),
        Param("time_range", "timeRange", "json", True, "int"),
        Param("user_cond", "userCond", "json", True, "str", "any", ("NO_LIMIT", "ONE")),
        Param("ip_cond", "ipCond", "json", True, "str", "any", ("NO_LIMIT", "ONE")),
        Param("user_range", "userRange", "json", True, "str", "any", ("ALL", "NOT_IN_WHITE_LIST")),
        Param("ip_range", "ipRange", "json", True, "str", "any", ("ALL", "NOT_IN_WHITE_LIST")),
        Param("opt_object", "optObject", "json", True, "str", "any", ("IP", "USER")),
    ),
    idempotent=False,
)

_EP_ADD_USER = Endpoint(
    "add_user",
    "POST",
    "/api/v3/user-list",
    (
        Param("expire_at", "expireAt", "json", True, "int"),
        Param("limit_list", "limitList", "json", True, "list", "str"),
        Param("remove_type", "removeType", "json", True, "str"),
        Param("add_type", "addType", "json", True, "str"),
        Param("user_list_type", "userListType", "json", True, "str"),
        Param("user_ids", "userIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_ADD_WHITELIST = Endpoint(
    "add_whitelist",
    "POST",
    "/api/v3/add-whitelist",
    (
        Param("type", "type", "json", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
        Param("list", "list", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_ADD_WHITELIST_OF_APP = Endpoint(
    "add_whitelist_of_app",
    "POST",
    "/api/v3/add-whitelist-of-app",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("type", "type", "json", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
        Param("list", "list", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ACCESS_KEY = Endpoint(
    "create_access_key",
    "POST",
    "/api/v3/create-access-key",
    (
        Param("type", "type", "json", True, "str"),
        Param("user_id", "userId", "json", False, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ACCESS_KEY = Endpoint(
    "delete_access_key",
    "POST",
    "/api/v3/delete-access-key",
    (
        Param("access_key_id", "accessKeyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_BY_ID = Endpoint(
    "delete_by_id",
    "DELETE",
    "/api/v3/ip-list/{id}",
    (
        Param("id", "id", "path", True, "str"),
    ),
    idempotent=True,
)

_EP_DELETE_RISK_LIST_POLICY_BY_ID = Endpoint(
    "delete_risk_list_policy_by_id",
    "DELETE",
    "/api/v3/risk-list-policy/{id}",
    (
        Param("id", "id", "path", True, "str"),
    ),
    idempotent=True,
)

_EP_DELETE_USER_LIST_BY_ID = Endpoint(
    "delete_user_list_by_id",
    "DELETE",
    "/api/v3/user-list/{id}",
    (
        Param("id", "id", "path", True, "str"),
    ),
    idempotent=True,
)

_EP_DELETE_WHITELIST = Endpoint(
    "delete_whitelist",
    "POST",
    "/api/v3/delete-whitelist",
    (
        Param("type", "type", "json", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
        Param("list", "list", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_DELETE_WHITELIST_OF_APP = Endpoint(
    "delete_whitelist_of_app",
    "POST",
    "/api/v3/delete-whitelist-of-app",
    (
        Param("type", "type", "json", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
        Param("app_id", "appId", "json", True, "str"),
        Param("list", "list", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_FIND_IP_LIST = Endpoint(
    "find_ip_list",
    "GET",
    "/api/v3/ip-list",
    (
        Param("ip_type", "ipType", "query", True, "str", "any", ("BLACK", "WHITE")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_FIND_RISK_LIST_POLICY = Endpoint(
    "find_risk_list_policy",
    "GET",
    "/api/v3/risk-list-policy",
    (
        Param("opt_object", "optObject", "query", True, "str", "any", ("IP", "USER")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_FIND_USER_LIST = Endpoint(
    "find_user_list",
    "GET",
    "/api/v3/user-list",
    (
        Param("user_list_type", "userListType", "query", True, "str", "any", ("BLACK", "WHITE")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_GET_ACCESS_KEY = Endpoint(
    "get_access_key",
    "GET",
    "/api/v3/get-access-key",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("access_key_id", "accessKeyId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_ACCESS_KEY_LIST = Endpoint(
    "get_access_key_list",
    "GET",
    "/api/v3/list-access-key",
    (
        Param("user_id", "userId", "query", False, "str"),
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("type", "type", "query", False, "str"),
        Param("status", "status", "query", False, "list", "str"),
    ),
    idempotent=True,
)

_EP_GET_SECURITY_SETTINGS = Endpoint(
    "get_security_settings",
    "GET",
    "/api/v3/get-security-settings",
    (),
    idempotent=True,
)

_EP_LIST_WHITELISTS = Endpoint(
    "list_whitelists",
    "GET",
    "/api/v3/list-whitelist",
    (
        Param("type", "type", "query", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
    ),
    idempotent=True,
)

_EP_LIST_WHITELISTS_OF_APP = Endpoint(
    "list_whitelists_of_app",
    "GET",
    "/api/v3/list-whitelist-of-app",
    (
        Param("type", "type", "query", True, "str", "any", ("USERNAME", "EMAIL", "PHONE")),
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_UPDATE_ACCESS_KEY = Endpoint(
    "update_access_key",
    "POST",
    "/api/v3/update-access-key",
    (
        Param("enable", "enable", "json", True, "bool"),
        Param("access_key_id", "accessKeyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_SECURITY_SETTINGS = Endpoint(
    "update_security_settings",
    "POST",
    "/api/v3/update-security-settings",
    (
        Param("allowed_origins", "allowedOrigins", "json", False, "list", "str"),
        Param("genauth_token_expires_in", "genauthTokenExpiresIn", "json", False, "int"),
        Param("verify_code_length", "verifyCodeLength", "json", False, "int"),
        Param("verify_code_max_attempts", "verifyCodeMaxAttempts", "json", False, "int"),
        Param("change_email_strategy", "changeEmailStrategy", "json", False, "dict"),
        Param("change_phone_strategy", "changePhoneStrategy", "json", False, "dict"),
        Param("cookie_settings", "cookieSettings", "json", False, "dict"),
        Param("register_disabled", "registerDisabled", "json", False, "bool"),
        Param("register_anomaly_detection", "registerAnomalyDetection", "json", False, "dict"),
        Param("complete_password_after_pass_code_login", "completePasswordAfterPassCodeLogin", "json", False, "bool"),
        Param("login_anomaly_detection", "loginAnomalyDetection", "json", False, "dict"),
        Param("login_require_email_verified", "loginRequireEmailVerified", "json", False, "bool"),
        Param("self_unlock_account", "selfUnlockAccount", "json", False, "dict"),
        Param("enable_login_account_switch", "enableLoginAccountSwitch", "json", False, "bool"),
        Param("qrcode_login_strategy", "qrcodeLoginStrategy", "json", False, "dict"),
        Param("authing_token_expires_in", "authingTokenExpiresIn", "json", False, "int"),
    ),
    idempotent=False,
)


class SecurityMixin(_Caller):
    """Management API, area ``security``: 22 endpoints."""

    __slots__ = ()

    async def add(
        self,
        expire_at: str,
        limit_list: List[str],
        remove_type: str,
        add_type: str,
        ip_type: str,
        ips: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/ip-list`` -> ``None``.

        Official python name, Node ``add``; area ``security``.

        Parameters (name: wire name, location):
            expire_at: ``expireAt``, json, required
            limit_list: ``limitList``, json, required
            remove_type: ``removeType``, json, required
            add_type: ``addType``, json, required
            ip_type: ``ipType``, json, required
            ips: ``ips``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD,
            (
                expire_at,
                limit_list,
                remove_type,
                add_type,
                ip_type,
                ips,
            ),
            None,
            _request_options(call_options),
        )

    async def add_risk_list_policy(
        self,
        limit_list: RiskListPolicyCreateDtoLimitList | str,
        action: RiskListPolicyCreateDtoAction | str,
        remove_type: RiskListPolicyCreateDtoRemoveType | str,
        event_state_type: RiskListPolicyCreateDtoEventStateType | str,
        count_thr: int,
        time_range: int,
        user_cond: RiskListPolicyCreateDtoUserCond | str,
        ip_cond: RiskListPolicyCreateDtoIpCond | str,
        user_range: RiskListPolicyCreateDtoUserRange | str,
        ip_range: RiskListPolicyCreateDtoIpRange | str,
        opt_object: RiskListPolicyCreateDtoOptObject | str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/risk-list-policy`` -> ``None``.

        Official python name, Node ``addRiskListPolicy``; area ``security``.

        Parameters (name: wire name, location):
            limit_list: ``limitList``, json, required
            action: ``action``, json, required
            remove_type: ``removeType``, json, required
            event_state_type: ``eventStateType``, json, required
            count_thr: ``countThr``, json, required
            time_range: ``timeRange``, json, required
            user_cond: ``userCond``, json, required
            ip_cond: ``ipCond``, json, required
            user_range: ``userRange``, json, required
            ip_range: ``ipRange``, json, required
            opt_object: ``optObject``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_RISK_LIST_POLICY,
            (
                limit_list,
                action,
                remove_type,
                event_state_type,
                count_thr,
                time_range,
                user_cond,
                ip_cond,
                user_range,
                ip_range,
                opt_object,
            ),
            None,
            _request_options(call_options),
        )

    async def add_user(
        self,
        expire_at: int,
        limit_list: List[str],
        remove_type: str,
        add_type: str,
        user_list_type: str,
        user_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/user-list`` -> ``None``.

        Official python name, Node ``addUser``; area ``security``.

        Parameters (name: wire name, location):
            expire_at: ``expireAt``, json, required
            limit_list: ``limitList``, json, required
            remove_type: ``removeType``, json, required
            add_type: ``addType``, json, required
            user_list_type: ``userListType``, json, required
            user_ids: ``userIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_USER,
            (
                expire_at,
                limit_list,
                remove_type,
                add_type,
                user_list_type,
                user_ids,
            ),
            None,
            _request_options(call_options),
        )

    async def add_whitelist(
        self,
        type: AddWhitelistDtoType | str,
        list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> WhitelistRespDto:
        """``POST /api/v3/add-whitelist`` -> ``WhitelistRespDto``.

        Official python name, Node ``addWhitelist``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            list: ``list``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_WHITELIST,
            (
                type,
                list,
            ),
            "WhitelistRespDto",
            _request_options(call_options),
        )

    async def add_whitelist_of_app(
        self,
        app_id: str,
        type: AddWhitelistOfAppDtoType | str,
        list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> WhitelistRespDto:
        """``POST /api/v3/add-whitelist-of-app`` -> ``WhitelistRespDto``.

        Node-only endpoint, Node ``addWhitelistOfApp``; area ``security``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            type: ``type``, json, required
            list: ``list``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_WHITELIST_OF_APP,
            (
                app_id,
                type,
                list,
            ),
            "WhitelistRespDto",
            _request_options(call_options),
        )

    async def create_access_key(
        self,
        type: str,
        user_id: str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[CreateAccessKeyRespDto]:
        """``POST /api/v3/create-access-key`` -> ``list[CreateAccessKeyRespDto]``.

        Official python name, Node ``createAccessKey``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            user_id: ``userId``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ACCESS_KEY,
            (
                type,
                user_id,
                tenant_id,
            ),
            "list[CreateAccessKeyRespDto]",
            _request_options(call_options),
        )

    async def delete_access_key(
        self,
        access_key_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-access-key`` -> ``None``.

        Official python name, Node ``deleteAccessKey``; area ``security``.

        Parameters (name: wire name, location):
            access_key_id: ``accessKeyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ACCESS_KEY,
            (access_key_id,),
            None,
            _request_options(call_options),
        )

    async def delete_by_id(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``DELETE /api/v3/ip-list/{id}`` -> ``None``.

        Official python name, Node ``deleteById``; area ``security``.

        Parameters (name: wire name, location):
            id: ``id``, path, required

        Correction: the official call sends a literal {id} in the path and ignores 'id' (unsent); 'id' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_BY_ID,
            (id,),
            None,
            _request_options(call_options),
        )

    async def delete_risk_list_policy_by_id(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``DELETE /api/v3/risk-list-policy/{id}`` -> ``None``.

        Official python name, Node ``deleteRiskListPolicyById``; area ``security``.

        Parameters (name: wire name, location):
            id: ``id``, path, required

        Correction: the official call sends a literal {id} in the path and ignores 'id' (unsent); 'id' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_RISK_LIST_POLICY_BY_ID,
            (id,),
            None,
            _request_options(call_options),
        )

    async def delete_user_list_by_id(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``DELETE /api/v3/user-list/{id}`` -> ``None``.

        Official python name, Node ``deleteUserListById``; area ``security``.

        Parameters (name: wire name, location):
            id: ``id``, path, required

        Correction: the official call sends a literal {id} in the path and ignores 'id' (unsent); 'id' fills the path parameter
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_USER_LIST_BY_ID,
            (id,),
            None,
            _request_options(call_options),
        )

    async def delete_whitelist(
        self,
        type: DeleteWhitelistDtoType | str,
        list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-whitelist`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteWhitelist``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            list: ``list``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_WHITELIST,
            (
                type,
                list,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_whitelist_of_app(
        self,
        type: DeleteWhitelistOfAppDtoType | str,
        app_id: str,
        list: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-whitelist-of-app`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteWhitelistOfApp``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            app_id: ``appId``, json, required
            list: ``list``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_WHITELIST_OF_APP,
            (
                type,
                app_id,
                list,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def find_ip_list(
        self,
        ip_type: FindIpListParamsIpType | str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IpListPagingDto:
        """``GET /api/v3/ip-list`` -> ``IpListPagingDto``.

        Official python name, Node ``findIpList``; area ``security``.

        Parameters (name: wire name, location):
            ip_type: ``ipType``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_IP_LIST,
            (
                ip_type,
                page,
                limit,
            ),
            "IpListPagingDto",
            _request_options(call_options),
        )

    def iter_find_ip_list(
        self,
        ip_type: FindIpListParamsIpType | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[IpListRespDto]:
        """Every item of ``find_ip_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.find_ip_list(
                page=page,
                ip_type=ip_type,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def find_risk_list_policy(
        self,
        opt_object: FindRiskListPolicyParamsOptObject | str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RiskListPolicyPagingDto:
        """``GET /api/v3/risk-list-policy`` -> ``RiskListPolicyPagingDto``.

        Official python name, Node ``findRiskListPolicy``; area ``security``.

        Parameters (name: wire name, location):
            opt_object: ``optObject``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_RISK_LIST_POLICY,
            (
                opt_object,
                page,
                limit,
            ),
            "RiskListPolicyPagingDto",
            _request_options(call_options),
        )

    def iter_find_risk_list_policy(
        self,
        opt_object: FindRiskListPolicyParamsOptObject | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[RiskListPolicyRespDto]:
        """Every item of ``find_risk_list_policy``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.find_risk_list_policy(
                page=page,
                opt_object=opt_object,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def find_user_list(
        self,
        user_list_type: FindUserListParamsUserListType | str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserListPagingDto:
        """``GET /api/v3/user-list`` -> ``UserListPagingDto``.

        Official python name, Node ``findUserList``; area ``security``.

        Parameters (name: wire name, location):
            user_list_type: ``userListType``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_USER_LIST,
            (
                user_list_type,
                page,
                limit,
            ),
            "UserListPagingDto",
            _request_options(call_options),
        )

    def iter_find_user_list(
        self,
        user_list_type: FindUserListParamsUserListType | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[RiskListItemDto]:
        """Every item of ``find_user_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.find_user_list(
                page=page,
                user_list_type=user_list_type,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_access_key(
        self,
        user_id: str,
        access_key_id: str,
        **call_options: Unpack[CallOptions],
    ) -> List[GetAccessKeyRespDto]:
        """``GET /api/v3/get-access-key`` -> ``list[GetAccessKeyRespDto]``.

        Official python name, Node ``getAccessKey``; area ``security``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            access_key_id: ``accessKeyId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESS_KEY,
            (
                user_id,
                access_key_id,
            ),
            "list[GetAccessKeyRespDto]",
            _request_options(call_options),
        )

    async def get_access_key_list(
        self,
        user_id: str | None = None,
        tenant_id: str | None = None,
        type: str | None = None,
        status: Sequence[str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[ListAccessKeyRespDto]:
        """``GET /api/v3/list-access-key`` -> ``list[ListAccessKeyRespDto]``.

        Official python name, Node ``getAccessKeyList``; area ``security``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query
            tenant_id: ``tenantId``, query
            type: ``type``, query
            status: ``status``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESS_KEY_LIST,
            (
                user_id,
                tenant_id,
                type,
                status,
            ),
            "list[ListAccessKeyRespDto]",
            _request_options(call_options),
        )

    async def get_security_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> SecuritySettingsDto:
        """``GET /api/v3/get-security-settings`` -> ``SecuritySettingsDto``.

        Official python name, Node ``getSecuritySettings``; area ``security``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_SECURITY_SETTINGS,
            (),
            "SecuritySettingsDto",
            _request_options(call_options),
        )

    async def list_whitelists(
        self,
        type: ListWhitelistsParamsType | str,
        **call_options: Unpack[CallOptions],
    ) -> WhitelistRespDto:
        """``GET /api/v3/list-whitelist`` -> ``WhitelistRespDto``.

        Official python name, Node ``listWhitelists``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_WHITELISTS,
            (type,),
            "WhitelistRespDto",
            _request_options(call_options),
        )

    async def list_whitelists_of_app(
        self,
        type: ListWhitelistsOfAppParamsType | str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> WhitelistRespDto:
        """``GET /api/v3/list-whitelist-of-app`` -> ``WhitelistRespDto``.

        Node-only endpoint, Node ``listWhitelistsOfApp``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, query, required
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_WHITELISTS_OF_APP,
            (
                type,
                app_id,
            ),
            "WhitelistRespDto",
            _request_options(call_options),
        )

    async def update_access_key(
        self,
        enable: bool,
        access_key_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-access-key`` -> ``IsSuccessDto``.

        Official python name, Node ``updateAccessKey``; area ``security``.

        Parameters (name: wire name, location):
            enable: ``enable``, json, required
            access_key_id: ``accessKeyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ACCESS_KEY,
            (
                enable,
                access_key_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_security_settings(
        self,
        allowed_origins: List[str] | None = None,
        genauth_token_expires_in: int | None = None,
        verify_code_length: int | None = None,
        verify_code_max_attempts: int | None = None,
        change_email_strategy: ChangeEmailStrategyDto | Mapping[str, Any] | None = None,
        change_phone_strategy: ChangePhoneStrategyDto | Mapping[str, Any] | None = None,
        cookie_settings: CookieSettingsDto | Mapping[str, Any] | None = None,
        register_disabled: bool | None = None,
        register_anomaly_detection: RegisterAnomalyDetectionConfigDto | Mapping[str, Any] | None = None,
        complete_password_after_pass_code_login: bool | None = None,
        login_anomaly_detection: LoginAnomalyDetectionConfigDto | Mapping[str, Any] | None = None,
        login_require_email_verified: bool | None = None,
        self_unlock_account: SelfUnlockAccountConfigDto | Mapping[str, Any] | None = None,
        enable_login_account_switch: bool | None = None,
        qrcode_login_strategy: QrcodeLoginStrategyDto | Mapping[str, Any] | None = None,
        *,
        authing_token_expires_in: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SecuritySettingsDto:
        """``POST /api/v3/update-security-settings`` -> ``SecuritySettingsDto``.

        Official python name, Node ``updateSecuritySettings``; area ``security``.

        Parameters (name: wire name, location):
            allowed_origins: ``allowedOrigins``, json
            genauth_token_expires_in: ``genauthTokenExpiresIn``, json
            verify_code_length: ``verifyCodeLength``, json
            verify_code_max_attempts: ``verifyCodeMaxAttempts``, json
            change_email_strategy: ``changeEmailStrategy``, json
            change_phone_strategy: ``changePhoneStrategy``, json
            cookie_settings: ``cookieSettings``, json
            register_disabled: ``registerDisabled``, json
            register_anomaly_detection: ``registerAnomalyDetection``, json
            complete_password_after_pass_code_login: ``completePasswordAfterPassCodeLogin``, json
            login_anomaly_detection: ``loginAnomalyDetection``, json
            login_require_email_verified: ``loginRequireEmailVerified``, json
            self_unlock_account: ``selfUnlockAccount``, json
            enable_login_account_switch: ``enableLoginAccountSwitch``, json
            qrcode_login_strategy: ``qrcodeLoginStrategy``, json
            authing_token_expires_in: ``authingTokenExpiresIn``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_SECURITY_SETTINGS,
            (
                allowed_origins,
                genauth_token_expires_in,
                verify_code_length,
                verify_code_max_attempts,
                change_email_strategy,
                change_phone_strategy,
                cookie_settings,
                register_disabled,
                register_anomaly_detection,
                complete_password_after_pass_code_login,
                login_anomaly_detection,
                login_require_email_verified,
                self_unlock_account,
                enable_login_account_switch,
                qrcode_login_strategy,
                authing_token_expires_in,
            ),
            "SecuritySettingsDto",
            _request_options(call_options),
        )
