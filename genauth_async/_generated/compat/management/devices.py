# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``devices``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.devices import (
    _EP_CREATE_DEVICE,
    _EP_DELETE_DEVICE,
    _EP_DISABLE_DEVICE,
    _EP_ENABLE_DEVICE,
    _EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS,
    _EP_GET_DEVICE_STATUS,
    _EP_GET_VERIFY_CONFIG_APP,
    _EP_SUSPEND_DEVICE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class DevicesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``devices``: the official answers."""

    __slots__ = ()

    async def create_device(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DEVICE, (device_unique_id, type, custom_data, name, version, hks, fde, hor, sn, producer, mod, os, imei, meid, description, language, cookie, user_agent), None, _request_options(call_options),
        )

    async def delete_device(
        self,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_device``: ``POST /api/v3/delete-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_DEVICE, (user_id, id), None, _request_options(call_options),
        )

    async def disable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_device``: ``POST /api/v3/disable-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DISABLE_DEVICE, (id, user_id), None, _request_options(call_options),
        )

    async def enable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enable_device``: ``POST /api/v3/enable-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ENABLE_DEVICE, (id, user_id), None, _request_options(call_options),
        )

    async def find_last_login_apps_by_device_ids(
        self,
        device_ids: Any,
        user_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_last_login_apps_by_device_ids``: ``POST /api/v3/get-last-login-apps-by-deviceIds``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS, (device_ids, user_id), None, _request_options(call_options),
        )

    async def get_device_status(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_device_status``: ``POST /api/v3/device-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_DEVICE_STATUS, (id,), None, _request_options(call_options),
        )

    async def get_verify_config_app(
        self,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_verify_config_app``: ``GET /api/v3/verify-config-app``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_VERIFY_CONFIG_APP, (keywords,), None, _request_options(call_options),
        )

    async def suspend_device(
        self,
        end_time: Any,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``suspend_device``: ``POST /api/v3/suspend-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SUSPEND_DEVICE, (end_time, user_id, id), None, _request_options(call_options),
        )
