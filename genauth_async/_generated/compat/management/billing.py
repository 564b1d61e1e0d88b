# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``billing``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.billing import (
    _EP_GET_ALL_RIGHTS_ITEM,
    _EP_GET_CURRENT_PACKAGE_INFO,
    _EP_GET_MAU_PERIOD_USAGE_HISTORY,
    _EP_GET_ORDERS,
    _EP_GET_ORDER_DETAIL,
    _EP_GET_ORDER_PAY_DETAIL,
    _EP_GET_USAGE_INFO,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class BillingMixin(_CompatBase[_Typed]):
    """Official management methods, area ``billing``: the official answers."""

    __slots__ = ()

    async def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_rights_item``: ``GET /api/v3/get-all-rights-items``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_RIGHTS_ITEM, (), None, _request_options(call_options),
        )

    async def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_current_package_info``: ``GET /api/v3/get-current-package-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_CURRENT_PACKAGE_INFO, (), None, _request_options(call_options),
        )

    async def get_mau_period_usage_history(
        self,
        start_time: Any,
        end_time: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mau_period_usage_history``: ``GET /api/v3/get-mau-period-usage-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_MAU_PERIOD_USAGE_HISTORY, (start_time, end_time), None, _request_options(call_options),
        )

    async def get_order_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_detail``: ``GET /api/v3/get-order-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ORDER_DETAIL, (order_no,), None, _request_options(call_options),
        )

    async def get_order_pay_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_pay_detail``: ``GET /api/v3/get-order-pay-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ORDER_PAY_DETAIL, (order_no,), None, _request_options(call_options),
        )

    async def get_orders(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_orders``: ``GET /api/v3/get-orders``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ORDERS, (page, limit), None, _request_options(call_options),
        )

    async def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_usage_info``: ``GET /api/v3/get-usage-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USAGE_INFO, (), None, _request_options(call_options),
        )
