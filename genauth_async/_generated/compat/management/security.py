# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``security``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.security import (
    _EP_ADD,
    _EP_ADD_RISK_LIST_POLICY,
    _EP_ADD_USER,
    _EP_ADD_WHITELIST,
    _EP_CREATE_ACCESS_KEY,
    _EP_DELETE_ACCESS_KEY,
    _EP_DELETE_BY_ID,
    _EP_DELETE_RISK_LIST_POLICY_BY_ID,
    _EP_DELETE_USER_LIST_BY_ID,
    _EP_DELETE_WHITELIST,
    _EP_FIND_IP_LIST,
    _EP_FIND_RISK_LIST_POLICY,
    _EP_FIND_USER_LIST,
    _EP_GET_ACCESS_KEY,
    _EP_GET_ACCESS_KEY_LIST,
    _EP_GET_SECURITY_SETTINGS,
    _EP_LIST_WHITELISTS,
    _EP_UPDATE_ACCESS_KEY,
    _EP_UPDATE_SECURITY_SETTINGS,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class SecurityMixin(_CompatBase[_Typed]):
    """Official management methods, area ``security``: the official answers."""

    __slots__ = ()

    async def add(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        ip_type: Any,
        ips: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add``: ``POST /api/v3/ip-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD, (expire_at, limit_list, remove_type, add_type, ip_type, ips), None, _request_options(call_options),
        )

    async def add_risk_list_policy(
        self,
        limit_list: Any,
        action: Any,
        remove_type: Any,
        event_state_type: Any,
        count_thr: Any,
        time_range: Any,
        user_cond: Any,
        ip_cond: Any,
        user_range: Any,
        ip_range: Any,
        opt_object: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_risk_list_policy``: ``POST /api/v3/risk-list-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD_RISK_LIST_POLICY, (limit_list, action, remove_type, event_state_type, count_thr, time_range, user_cond, ip_cond, user_range, ip_range, opt_object), None, _request_options(call_options),
        )

    async def add_user(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        user_list_type: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_user``: ``POST /api/v3/user-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD_USER, (expire_at, limit_list, remove_type, add_type, user_list_type, user_ids), None, _request_options(call_options),
        )

    async def add_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_whitelist``: ``POST /api/v3/add-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD_WHITELIST, (type, list), None, _request_options(call_options),
        )

    async def create_access_key(
        self,
        type: Any,
        user_id: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_access_key``: ``POST /api/v3/create-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ACCESS_KEY, (type, user_id, tenant_id), None, _request_options(call_options),
        )

    async def delete_access_key(
        self,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_access_key``: ``POST /api/v3/delete-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ACCESS_KEY, (access_key_id,), None, _request_options(call_options),
        )

    async def delete_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_by_id``: ``DELETE /api/v3/ip-list/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_risk_list_policy_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_risk_list_policy_by_id``: ``DELETE /api/v3/risk-list-policy/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_RISK_LIST_POLICY_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_user_list_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_list_by_id``: ``DELETE /api/v3/user-list/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_USER_LIST_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_whitelist``: ``POST /api/v3/delete-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_WHITELIST, (type, list), None, _request_options(call_options),
        )

    async def find_ip_list(
        self,
        ip_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_ip_list``: ``GET /api/v3/ip-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_FIND_IP_LIST, (ip_type, page, limit), None, _request_options(call_options),
        )

    async def find_risk_list_policy(
        self,
        opt_object: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_risk_list_policy``: ``GET /api/v3/risk-list-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_FIND_RISK_LIST_POLICY, (opt_object, page, limit), None, _request_options(call_options),
        )

    async def find_user_list(
        self,
        user_list_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_user_list``: ``GET /api/v3/user-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_FIND_USER_LIST, (user_list_type, page, limit), None, _request_options(call_options),
        )

    async def get_access_key(
        self,
        user_id: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key``: ``GET /api/v3/get-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESS_KEY, (user_id, access_key_id), None, _request_options(call_options),
        )

    async def get_access_key_list(
        self,
        user_id: Any = None,
        tenant_id: Any = None,
        type: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key_list``: ``GET /api/v3/list-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESS_KEY_LIST, (user_id, tenant_id, type, status), None, _request_options(call_options),
        )

    async def get_security_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_settings``: ``GET /api/v3/get-security-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_SECURITY_SETTINGS, (), None, _request_options(call_options),
        )

    async def list_whitelists(
        self,
        type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_whitelists``: ``GET /api/v3/list-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_WHITELISTS, (type,), None, _request_options(call_options),
        )

    async def update_access_key(
        self,
        enable: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_access_key``: ``POST /api/v3/update-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ACCESS_KEY, (enable, access_key_id), None, _request_options(call_options),
        )

    async def update_security_settings(
        self,
        allowed_origins: Any = None,
        genauth_token_expires_in: Any = None,
        verify_code_length: Any = None,
        verify_code_max_attempts: Any = None,
        change_email_strategy: Any = None,
        change_phone_strategy: Any = None,
        cookie_settings: Any = None,
        register_disabled: Any = None,
        register_anomaly_detection: Any = None,
        complete_password_after_pass_code_login: Any = None,
        login_anomaly_detection: Any = None,
        login_require_email_verified: Any = None,
        self_unlock_account: Any = None,
        enable_login_account_switch: Any = None,
        qrcode_login_strategy: Any = None,
        *,
        authing_token_expires_in: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_security_settings``: ``POST /api/v3/update-security-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_SECURITY_SETTINGS, (allowed_origins, genauth_token_expires_in, verify_code_length, verify_code_max_attempts, change_email_strategy, change_phone_strategy, cookie_settings, register_disabled, register_anomaly_detection, complete_password_after_pass_code_login, login_anomaly_detection, login_require_email_verified, self_unlock_account, enable_login_account_switch, qrcode_login_strategy, authing_token_expires_in), None, _request_options(call_options),
        )
