# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``audit_logs`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AdminAuditLogDto, AdminAuditLogRespData, GetUserLoggedinAppsParamsUserIdType,
        GetUserLoggedinIdentitiesParamsUserIdType, GetUserLoginHistoryParamsUserIdType,
        ListWebhooksDto, UserActionLogDto, UserActionLogRespData, UserLoggedInAppsDto,
        UserLoggedInIdentitiesDto, UserLoginHistoryDto, UserLoginHistoryPagingDto,
    )


class AuditLogsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``audit_logs``: 5 endpoints."""

    def get_admin_audit_logs(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_admin_audit_logs",
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
            call_options,
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
    ) -> Iterator[AdminAuditLogDto]:
        """Every item of ``get_admin_audit_logs``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_admin_audit_logs",
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
            call_options,
        )

    def get_user_action_logs(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_action_logs",
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
            call_options,
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
    ) -> Iterator[UserActionLogDto]:
        """Every item of ``get_user_action_logs``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_user_action_logs",
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
            call_options,
        )

    def get_user_loggedin_apps(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_loggedin_apps",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_loggedin_identities(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_loggedin_identities",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_login_history(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_login_history",
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
            call_options,
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
    ) -> Iterator[UserLoginHistoryDto]:
        """Every item of ``get_user_login_history``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_user_login_history",
            (
                user_id,
                user_id_type,
                app_id,
                client_ip,
                start,
                end,
                limit,
            ),
            call_options,
        )
