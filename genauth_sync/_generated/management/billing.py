# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``billing`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CostCurrentPackageInfo, CostGetOrderPayDetail, CurrentUsageRespDto, GetOrdersRes,
        MauPeriodUsageHistory, OrderItem, RightItemRes,
    )


class BillingMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``billing``: 7 endpoints."""

    def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RightItemRes:
        """``GET /api/v3/get-all-rights-items`` -> ``RightItemRes``.

        Official python name, Node ``getAllRightsItem``; area ``billing``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_rights_item",
            (),
            call_options,
        )

    def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> CostCurrentPackageInfo:
        """``GET /api/v3/get-current-package-info`` -> ``CostCurrentPackageInfo``.

        Official python name, Node ``getCurrentPackageInfo``; area ``billing``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_current_package_info",
            (),
            call_options,
        )

    def get_mau_period_usage_history(
        self,
        start_time: str,
        end_time: str,
        **call_options: Unpack[CallOptions],
    ) -> MauPeriodUsageHistory:
        """``GET /api/v3/get-mau-period-usage-history`` -> ``MauPeriodUsageHistory``.

        Official python name, Node ``getMauPeriodUsageHistory``; area ``billing``.

        Parameters (name: wire name, location):
            start_time: ``startTime``, query, required
            end_time: ``endTime``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_mau_period_usage_history",
            (
                start_time,
                end_time,
            ),
            call_options,
        )

    def get_order_detail(
        self,
        order_no: str,
        **call_options: Unpack[CallOptions],
    ) -> OrderItem:
        """``GET /api/v3/get-order-detail`` -> ``OrderItem``.

        Official python name, Node ``getOrderDetail``; area ``billing``.

        Parameters (name: wire name, location):
            order_no: ``orderNo``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_order_detail",
            (order_no,),
            call_options,
        )

    def get_order_pay_detail(
        self,
        order_no: str,
        **call_options: Unpack[CallOptions],
    ) -> CostGetOrderPayDetail:
        """``GET /api/v3/get-order-pay-detail`` -> ``CostGetOrderPayDetail``.

        Official python name, Node ``getOrderPayDetail``; area ``billing``.

        Parameters (name: wire name, location):
            order_no: ``orderNo``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_order_pay_detail",
            (order_no,),
            call_options,
        )

    def get_orders(
        self,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetOrdersRes:
        """``GET /api/v3/get-orders`` -> ``GetOrdersRes``.

        Official python name, Node ``getOrders``; area ``billing``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_orders",
            (
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_orders(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[OrderItem]:
        """Every item of ``get_orders``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_orders",
            (limit,),
            call_options,
        )

    def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> CurrentUsageRespDto:
        """``GET /api/v3/get-usage-info`` -> ``CurrentUsageRespDto``.

        Official python name, Node ``getUsageInfo``; area ``billing``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_usage_info",
            (),
            call_options,
        )
