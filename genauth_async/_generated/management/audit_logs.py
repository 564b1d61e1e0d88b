# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``audit_logs``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate, options_limit as _options_limit, with_page as _with_page

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AdminAuditLogDto, AdminAuditLogRespData, GetUserLoggedinAppsParamsUserIdType,
        GetUserLoggedinIdentitiesParamsUserIdType, GetUserLoginHistoryParamsUserIdType,
        ListWebhooksDto, UserActionLogDto, UserActionLogRespData, UserLoggedInAppsDto,
        UserLoggedInIdentitiesDto, UserLoginHistoryDto, UserLoginHistoryPagingDto,
    )

_EP_GET_ADMIN_AUDIT_LOGS = Endpoint(
    "get_admin_audit_logs",
    "POST",
    "/api/v3/get-admin-audit-logs",
    (
        Param("request_id", "requestId", "json", False, "str"),
        Param("client_ip", "clientIp", "json", False, "str"),
        Param("operation_type", "operationType", "json", False, "str"),
        Param("resource_type", "resourceType", "json", False, "str"),
        Param("user_id", "userId", "json", False, "str"),
        Param("success", "success", "json", False, "bool"),
        Param("start", "start", "json", False, "int"),
        Param("end", "end", "json", False, "int"),
        Param("pagination", "pagination", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GET_USER_ACTION_LOGS = Endpoint(
    "get_user_action_logs",
    "POST",
    "/api/v3/get-user-action-logs",
    (
        Param("request_id", "requestId", "json", False, "str"),
        Param("client_ip", "clientIp", "json", False, "str"),
        Param("event_type", "eventType", "json", False, "str"),
        Param("user_id", "userId", "json", False, "str"),
        Param("app_id", "appId", "json", False, "str"),
        Param("start", "start", "json", False, "int"),
        Param("end", "end", "json", False, "int"),
        Param("success", "success", "json", False, "bool"),
        Param("pagination", "pagination", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GET_USER_LOGGEDIN_APPS = Endpoint(
    "get_user_loggedin_apps",
    "GET",
    "/api/v3/get-user-loggedin-apps",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_LOGGEDIN_IDENTITIES = Endpoint(
    "get_user_loggedin_identities",
    "GET",
    "/api/v3/get-user-logged-in-identities",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_LOGIN_HISTORY = Endpoint(
    "get_user_login_history",
    "GET",
    "/api/v3/get-user-login-history",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("app_id", "appId", "query", False, "str"),
        Param("client_ip", "clientIp", "query", False, "str"),
        Param("start", "start", "query", False, "int"),
        Param("end", "end", "query", False, "int"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)


class AuditLogsMixin(_Caller):
    """Management API, area ``audit_logs``: 5 endpoints."""

    __slots__ = ()

    async def get_admin_audit_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        operation_type: str | None = None,
        resource_type: str | None = None,
        user_id: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AdminAuditLogRespData:
        """``POST /api/v3/get-admin-audit-logs`` -> ``AdminAuditLogRespData``.

        Official python name, Node ``getAdminAuditLogs``; area ``audit_logs``.

        Parameters (name: wire name, location):
            request_id: ``requestId``, json
            client_ip: ``clientIp``, json
            operation_type: ``operationType``, json
            resource_type: ``resourceType``, json
            user_id: ``userId``, json
            success: ``success``, json
            start: ``start``, json
            end: ``end``, json
            pagination: ``pagination``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ADMIN_AUDIT_LOGS,
            (
                request_id,
                client_ip,
                operation_type,
                resource_type,
                user_id,
                success,
                start,
                end,
                pagination,
            ),
            "AdminAuditLogRespData",
            _request_options(call_options),
        )

    def iter_get_admin_audit_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        operation_type: str | None = None,
        resource_type: str | None = None,
        user_id: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[AdminAuditLogDto]:
        """Every item of ``get_admin_audit_logs``, fetched page by page (an async iterator).

        Same parameters; the page number is set in ``pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_admin_audit_logs(
                request_id=request_id,
                client_ip=client_ip,
                operation_type=operation_type,
                resource_type=resource_type,
                user_id=user_id,
                success=success,
                start=start,
                end=end,
                pagination=_with_page(pagination, page, None),
                **call_options,
            ),
            "list",
            "totalCount",
            _options_limit(pagination, None),
        )

    async def get_user_action_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        event_type: str | None = None,
        user_id: str | None = None,
        app_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        success: bool | None = None,
        pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserActionLogRespData:
        """``POST /api/v3/get-user-action-logs`` -> ``UserActionLogRespData``.

        Official python name, Node ``getUserActionLogs``; area ``audit_logs``.

        Parameters (name: wire name, location):
            request_id: ``requestId``, json
            client_ip: ``clientIp``, json
            event_type: ``eventType``, json
            user_id: ``userId``, json
            app_id: ``appId``, json
            start: ``start``, json
            end: ``end``, json
            success: ``success``, json
            pagination: ``pagination``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ACTION_LOGS,
            (
                request_id,
                client_ip,
                event_type,
                user_id,
                app_id,
                start,
                end,
                success,
                pagination,
            ),
            "UserActionLogRespData",
            _request_options(call_options),
        )

    def iter_get_user_action_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        event_type: str | None = None,
        user_id: str | None = None,
        app_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        success: bool | None = None,
        pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserActionLogDto]:
        """Every item of ``get_user_action_logs``, fetched page by page (an async iterator).

        Same parameters; the page number is set in ``pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_user_action_logs(
                request_id=request_id,
                client_ip=client_ip,
                event_type=event_type,
                user_id=user_id,
                app_id=app_id,
                start=start,
                end=end,
                success=success,
                pagination=_with_page(pagination, page, None),
                **call_options,
            ),
            "list",
            "totalCount",
            _options_limit(pagination, None),
        )

    async def get_user_loggedin_apps(
        self,
        user_id: str,
        user_id_type: GetUserLoggedinAppsParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserLoggedInAppsDto]:
        """``GET /api/v3/get-user-loggedin-apps`` -> ``list[UserLoggedInAppsDto]``.

        Official python name, Node ``getUserLoggedinApps``; area ``audit_logs``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGGEDIN_APPS,
            (
                user_id,
                user_id_type,
            ),
            "list[UserLoggedInAppsDto]",
            _request_options(call_options),
        )

    async def get_user_loggedin_identities(
        self,
        user_id: str,
        user_id_type: GetUserLoggedinIdentitiesParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserLoggedInIdentitiesDto]:
        """``GET /api/v3/get-user-logged-in-identities`` -> ``list[UserLoggedInIdentitiesDto]``.

        Official python name, Node ``getUserLoggedinIdentities``; area ``audit_logs``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGGEDIN_IDENTITIES,
            (
                user_id,
                user_id_type,
            ),
            "list[UserLoggedInIdentitiesDto]",
            _request_options(call_options),
        )

    async def get_user_login_history(
        self,
        user_id: str,
        user_id_type: GetUserLoginHistoryParamsUserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserLoginHistoryPagingDto:
        """``GET /api/v3/get-user-login-history`` -> ``UserLoginHistoryPagingDto``.

        Official python name, Node ``getUserLoginHistory``; area ``audit_logs``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            app_id: ``appId``, query
            client_ip: ``clientIp``, query
            start: ``start``, query
            end: ``end``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGIN_HISTORY,
            (
                user_id,
                user_id_type,
                app_id,
                client_ip,
                start,
                end,
                page,
                limit,
            ),
            "UserLoginHistoryPagingDto",
            _request_options(call_options),
        )

    def iter_get_user_login_history(
        self,
        user_id: str,
        user_id_type: GetUserLoginHistoryParamsUserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserLoginHistoryDto]:
        """Every item of ``get_user_login_history``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_user_login_history(
                page=page,
                user_id=user_id,
                user_id_type=user_id_type,
                app_id=app_id,
                client_ip=client_ip,
                start=start,
                end=end,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )
