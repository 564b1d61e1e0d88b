# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``mfa``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MfaMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``mfa``: the official answers."""

    __slots__ = ()

    def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_global_mfa_settings``: ``GET /api/v3/get-global-mfa-settings``, the whole answer."""
        return self._call("get_global_mfa_settings", (), {**call_options})  # type: ignore[no-any-return]

    def get_mfa_trigger_data(
        self,
        app_id: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mfa_trigger_data``: ``GET /api/v3/get-mfa-trigger-data``, the whole answer."""
        return self._call("get_mfa_trigger_data", (app_id, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_otp_secret_by_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_otp_secret_by_user``: ``GET /api/v3/get-otp-secret-by-user``, the whole answer."""
        return self._call("get_otp_secret_by_user", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_mfa_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_info``: ``GET /api/v3/get-user-mfa-info``, the whole answer."""
        return self._call("get_user_mfa_info", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_mfa_status(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_status``: ``GET /api/v3/get-mfa-status``, the whole answer."""
        return self._call("get_user_mfa_status", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def import_otp(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_otp``: ``POST /api/v3/import-otp``, the whole answer."""
        return self._call("import_otp", (list,), {**call_options})  # type: ignore[no-any-return]

    def set_users_mfa_status(
        self,
        mfa_trigger_data: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_users_mfa_status``: ``POST /api/v3/set-mfa-status``, the whole answer."""
        return self._call("set_users_mfa_status", (mfa_trigger_data, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def update_application_mfa_settings(
        self,
        app_id: Any,
        enabled_factors: Any = None,
        disabled_factors: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_mfa_settings``: ``POST /api/v3/update-application-mfa-settings``, the whole answer."""
        return self._call("update_application_mfa_settings", (app_id, enabled_factors, disabled_factors), {**call_options})  # type: ignore[no-any-return]

    def update_global_mfa_settings(
        self,
        enabled_factors: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_global_mfa_settings``: ``POST /api/v3/update-global-mfa-settings``, the whole answer."""
        return self._call("update_global_mfa_settings", (enabled_factors,), {**call_options})  # type: ignore[no-any-return]
