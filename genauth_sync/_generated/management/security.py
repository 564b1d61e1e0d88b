# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``security`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class SecurityMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``security``: 22 endpoints."""

    def add(
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
        self._run_method(
            "add",
            (
                expire_at,
                limit_list,
                remove_type,
                add_type,
                ip_type,
                ips,
            ),
            call_options,
        )

    def add_risk_list_policy(
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
        self._run_method(
            "add_risk_list_policy",
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
            call_options,
        )

    def add_user(
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
        self._run_method(
            "add_user",
            (
                expire_at,
                limit_list,
                remove_type,
                add_type,
                user_list_type,
                user_ids,
            ),
            call_options,
        )

    def add_whitelist(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_whitelist",
            (
                type,
                list,
            ),
            call_options,
        )

    def add_whitelist_of_app(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_whitelist_of_app",
            (
                app_id,
                type,
                list,
            ),
            call_options,
        )

    def create_access_key(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_access_key",
            (
                type,
                user_id,
                tenant_id,
            ),
            call_options,
        )

    def delete_access_key(
        self,
        access_key_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-access-key`` -> ``None``.

        Official python name, Node ``deleteAccessKey``; area ``security``.

        Parameters (name: wire name, location):
            access_key_id: ``accessKeyId``, json, required
        """
        self._run_method(
            "delete_access_key",
            (access_key_id,),
            call_options,
        )

    def delete_by_id(
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
        self._run_method(
            "delete_by_id",
            (id,),
            call_options,
        )

    def delete_risk_list_policy_by_id(
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
        self._run_method(
            "delete_risk_list_policy_by_id",
            (id,),
            call_options,
        )

    def delete_user_list_by_id(
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
        self._run_method(
            "delete_user_list_by_id",
            (id,),
            call_options,
        )

    def delete_whitelist(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_whitelist",
            (
                type,
                list,
            ),
            call_options,
        )

    def delete_whitelist_of_app(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_whitelist_of_app",
            (
                type,
                app_id,
                list,
            ),
            call_options,
        )

    def find_ip_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "find_ip_list",
            (
                ip_type,
                page,
                limit,
            ),
            call_options,
        )

    def iter_find_ip_list(
        self,
        ip_type: FindIpListParamsIpType | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[IpListRespDto]:
        """Every item of ``find_ip_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_find_ip_list",
            (
                ip_type,
                limit,
            ),
            call_options,
        )

    def find_risk_list_policy(
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
        return self._run_method(  # type: ignore[no-any-return]
            "find_risk_list_policy",
            (
                opt_object,
                page,
                limit,
            ),
            call_options,
        )

    def iter_find_risk_list_policy(
        self,
        opt_object: FindRiskListPolicyParamsOptObject | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[RiskListPolicyRespDto]:
        """Every item of ``find_risk_list_policy``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_find_risk_list_policy",
            (
                opt_object,
                limit,
            ),
            call_options,
        )

    def find_user_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "find_user_list",
            (
                user_list_type,
                page,
                limit,
            ),
            call_options,
        )

    def iter_find_user_list(
        self,
        user_list_type: FindUserListParamsUserListType | str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[RiskListItemDto]:
        """Every item of ``find_user_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_find_user_list",
            (
                user_list_type,
                limit,
            ),
            call_options,
        )

    def get_access_key(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_access_key",
            (
                user_id,
                access_key_id,
            ),
            call_options,
        )

    def get_access_key_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_access_key_list",
            (
                user_id,
                tenant_id,
                type,
                status,
            ),
            call_options,
        )

    def get_security_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> SecuritySettingsDto:
        """``GET /api/v3/get-security-settings`` -> ``SecuritySettingsDto``.

        Official python name, Node ``getSecuritySettings``; area ``security``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_security_settings",
            (),
            call_options,
        )

    def list_whitelists(
        self,
        type: ListWhitelistsParamsType | str,
        **call_options: Unpack[CallOptions],
    ) -> WhitelistRespDto:
        """``GET /api/v3/list-whitelist`` -> ``WhitelistRespDto``.

        Official python name, Node ``listWhitelists``; area ``security``.

        Parameters (name: wire name, location):
            type: ``type``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_whitelists",
            (type,),
            call_options,
        )

    def list_whitelists_of_app(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_whitelists_of_app",
            (
                type,
                app_id,
            ),
            call_options,
        )

    def update_access_key(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_access_key",
            (
                enable,
                access_key_id,
            ),
            call_options,
        )

    def update_security_settings(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_security_settings",
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
            ),
            {
                "authing_token_expires_in": authing_token_expires_in,
                **call_options,
            },
        )
