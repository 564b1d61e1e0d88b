# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``billing``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class BillingMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``billing``: the official answers."""

    __slots__ = ()

    def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_rights_item``: ``GET /api/v3/get-all-rights-items``, the whole answer."""
        return self._call("get_all_rights_item", (), {**call_options})  # type: ignore[no-any-return]

    def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_current_package_info``: ``GET /api/v3/get-current-package-info``, the whole answer."""
        return self._call("get_current_package_info", (), {**call_options})  # type: ignore[no-any-return]

    def get_mau_period_usage_history(
        self,
        start_time: Any,
        end_time: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mau_period_usage_history``: ``GET /api/v3/get-mau-period-usage-history``, the whole answer."""
        return self._call("get_mau_period_usage_history", (start_time, end_time), {**call_options})  # type: ignore[no-any-return]

    def get_order_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_detail``: ``GET /api/v3/get-order-detail``, the whole answer."""
        return self._call("get_order_detail", (order_no,), {**call_options})  # type: ignore[no-any-return]

    def get_order_pay_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_pay_detail``: ``GET /api/v3/get-order-pay-detail``, the whole answer."""
        return self._call("get_order_pay_detail", (order_no,), {**call_options})  # type: ignore[no-any-return]

    def get_orders(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_orders``: ``GET /api/v3/get-orders``, the whole answer."""
        return self._call("get_orders", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_usage_info``: ``GET /api/v3/get-usage-info``, the whole answer."""
        return self._call("get_usage_info", (), {**call_options})  # type: ignore[no-any-return]
