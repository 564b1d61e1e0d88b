# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``audit_logs``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.audit_logs import (
    _EP_GET_ADMIN_AUDIT_LOGS,
    _EP_GET_USER_ACTION_LOGS,
    _EP_GET_USER_LOGGEDIN_APPS,
    _EP_GET_USER_LOGGEDIN_IDENTITIES,
    _EP_GET_USER_LOGIN_HISTORY,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class AuditLogsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``audit_logs``: the official answers."""

    __slots__ = ()

    async def get_admin_audit_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        operation_type: Any = None,
        resource_type: Any = None,
        user_id: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_admin_audit_logs``: ``POST /api/v3/get-admin-audit-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ADMIN_AUDIT_LOGS, (request_id, client_ip, operation_type, resource_type, user_id, success, start, end, pagination), None, _request_options(call_options),
        )

    async def get_user_action_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        event_type: Any = None,
        user_id: Any = None,
        app_id: Any = None,
        start: Any = None,
        end: Any = None,
        success: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_action_logs``: ``POST /api/v3/get-user-action-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ACTION_LOGS, (request_id, client_ip, event_type, user_id, app_id, start, end, success, pagination), None, _request_options(call_options),
        )

    async def get_user_loggedin_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_apps``: ``GET /api/v3/get-user-loggedin-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGGEDIN_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_loggedin_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_identities``: ``GET /api/v3/get-user-logged-in-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGGEDIN_IDENTITIES, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_login_history(
        self,
        user_id: Any,
        user_id_type: Any = None,
        app_id: Any = None,
        client_ip: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_login_history``: ``GET /api/v3/get-user-login-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_LOGIN_HISTORY, (user_id, user_id_type, app_id, client_ip, start, end, page, limit), None, _request_options(call_options),
        )
