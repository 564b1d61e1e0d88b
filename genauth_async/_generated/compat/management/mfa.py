# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``mfa``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.mfa import (
    _EP_GET_GLOBAL_MFA_SETTINGS,
    _EP_GET_MFA_TRIGGER_DATA,
    _EP_GET_OTP_SECRET_BY_USER,
    _EP_GET_USER_MFA_INFO,
    _EP_GET_USER_MFA_STATUS,
    _EP_IMPORT_OTP,
    _EP_SET_USERS_MFA_STATUS,
    _EP_UPDATE_APPLICATION_MFA_SETTINGS,
    _EP_UPDATE_GLOBAL_MFA_SETTINGS,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MfaMixin(_CompatBase[_Typed]):
    """Official management methods, area ``mfa``: the official answers."""

    __slots__ = ()

    async def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_global_mfa_settings``: ``GET /api/v3/get-global-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_GLOBAL_MFA_SETTINGS, (), None, _request_options(call_options),
        )

    async def get_mfa_trigger_data(
        self,
        app_id: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mfa_trigger_data``: ``GET /api/v3/get-mfa-trigger-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_MFA_TRIGGER_DATA, (app_id, user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_otp_secret_by_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_otp_secret_by_user``: ``GET /api/v3/get-otp-secret-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_OTP_SECRET_BY_USER, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_mfa_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_info``: ``GET /api/v3/get-user-mfa-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_MFA_INFO, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_mfa_status(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_status``: ``GET /api/v3/get-mfa-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_MFA_STATUS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def import_otp(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_otp``: ``POST /api/v3/import-otp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_OTP, (list,), None, _request_options(call_options),
        )

    async def set_users_mfa_status(
        self,
        mfa_trigger_data: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_users_mfa_status``: ``POST /api/v3/set-mfa-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SET_USERS_MFA_STATUS, (mfa_trigger_data, user_id, user_id_type), None, _request_options(call_options),
        )

    async def update_application_mfa_settings(
        self,
        app_id: Any,
        enabled_factors: Any = None,
        disabled_factors: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_mfa_settings``: ``POST /api/v3/update-application-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_APPLICATION_MFA_SETTINGS, (app_id, enabled_factors, disabled_factors), None, _request_options(call_options),
        )

    async def update_global_mfa_settings(
        self,
        enabled_factors: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_global_mfa_settings``: ``POST /api/v3/update-global-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_GLOBAL_MFA_SETTINGS, (enabled_factors,), None, _request_options(call_options),
        )
