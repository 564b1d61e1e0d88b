# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``devices``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class DevicesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``devices``: the official answers."""

    __slots__ = ()

    def create_device(
        self,
        device_unique_id: Any,
        type: Any,
        custom_data: Any,
        name: Any = None,
        version: Any = None,
        hks: Any = None,
        fde: Any = None,
        hor: Any = None,
        sn: Any = None,
        producer: Any = None,
        mod: Any = None,
        os: Any = None,
        imei: Any = None,
        meid: Any = None,
        description: Any = None,
        language: Any = None,
        cookie: Any = None,
        user_agent: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_device``: ``POST /api/v3/create-device``, the whole answer."""
        return self._call("create_device", (device_unique_id, type, custom_data, name, version, hks, fde, hor, sn, producer, mod, os, imei, meid, description, language, cookie, user_agent), {**call_options})  # type: ignore[no-any-return]

    def delete_device(
        self,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_device``: ``POST /api/v3/delete-device-by-user``, the whole answer."""
        return self._call("delete_device", (user_id, id), {**call_options})  # type: ignore[no-any-return]

    def disable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_device``: ``POST /api/v3/disable-device-by-user``, the whole answer."""
        return self._call("disable_device", (id, user_id), {**call_options})  # type: ignore[no-any-return]

    def enable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enable_device``: ``POST /api/v3/enable-device-by-user``, the whole answer."""
        return self._call("enable_device", (id, user_id), {**call_options})  # type: ignore[no-any-return]

    def find_last_login_apps_by_device_ids(
        self,
        device_ids: Any,
        user_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_last_login_apps_by_device_ids``: ``POST /api/v3/get-last-login-apps-by-deviceIds``, the whole answer."""
        return self._call("find_last_login_apps_by_device_ids", (device_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def get_device_status(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_device_status``: ``POST /api/v3/device-status``, the whole answer."""
        return self._call("get_device_status", (id,), {**call_options})  # type: ignore[no-any-return]

    def get_verify_config_app(
        self,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_verify_config_app``: ``GET /api/v3/verify-config-app``, the whole answer."""
        return self._call("get_verify_config_app", (keywords,), {**call_options})  # type: ignore[no-any-return]

    def suspend_device(
        self,
        end_time: Any,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``suspend_device``: ``POST /api/v3/suspend-device-by-user``, the whole answer."""
        return self._call("suspend_device", (end_time, user_id, id), {**call_options})  # type: ignore[no-any-return]
