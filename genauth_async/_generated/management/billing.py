# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``billing``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CostCurrentPackageInfo, CostGetOrderPayDetail, CurrentUsageRespDto, GetOrdersRes,
        MauPeriodUsageHistory, OrderItem, RightItemRes,
    )

_EP_GET_ALL_RIGHTS_ITEM = Endpoint(
    "get_all_rights_item",
    "GET",
    "/api/v3/get-all-rights-items",
    (),
    idempotent=True,
)

_EP_GET_CURRENT_PACKAGE_INFO = Endpoint(
    "get_current_package_info",
    "GET",
    "/api/v3/get-current-package-info",
    (),
    idempotent=True,
)

_EP_GET_MAU_PERIOD_USAGE_HISTORY = Endpoint(
    "get_mau_period_usage_history",
    "GET",
    "/api/v3/get-mau-period-usage-history",
    (
        Param("start_time", "startTime", "query", True, "str"),
        Param("end_time", "endTime", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_ORDER_DETAIL = Endpoint(
    "get_order_detail",
    "GET",
    "/api/v3/get-order-detail",
    (
        Param("order_no", "orderNo", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_ORDER_PAY_DETAIL = Endpoint(
    "get_order_pay_detail",
    "GET",
    "/api/v3/get-order-pay-detail",
    (
        Param("order_no", "orderNo", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_ORDERS = Endpoint(
    "get_orders",
    "GET",
    "/api/v3/get-orders",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_GET_USAGE_INFO = Endpoint(
    "get_usage_info",
    "GET",
    "/api/v3/get-usage-info",
    (),
    idempotent=True,
)


class BillingMixin(_Caller):
    """Management API, area ``billing``: 7 endpoints."""

    __slots__ = ()

    async def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RightItemRes:
        """``GET /api/v3/get-all-rights-items`` -> ``RightItemRes``.

        Official python name, Node ``getAllRightsItem``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_RIGHTS_ITEM,
            (),
            "RightItemRes",
            _request_options(call_options),
        )

    async def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> CostCurrentPackageInfo:
        """``GET /api/v3/get-current-package-info`` -> ``CostCurrentPackageInfo``.

        Official python name, Node ``getCurrentPackageInfo``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_CURRENT_PACKAGE_INFO,
            (),
            "CostCurrentPackageInfo",
            _request_options(call_options),
        )

    async def get_mau_period_usage_history(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_MAU_PERIOD_USAGE_HISTORY,
            (
                start_time,
                end_time,
            ),
            "MauPeriodUsageHistory",
            _request_options(call_options),
        )

    async def get_order_detail(
        self,
        order_no: str,
        **call_options: Unpack[CallOptions],
    ) -> OrderItem:
        """``GET /api/v3/get-order-detail`` -> ``OrderItem``.

        Official python name, Node ``getOrderDetail``; area ``billing``.

        Parameters (name: wire name, location):
            order_no: ``orderNo``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ORDER_DETAIL,
            (order_no,),
            "OrderItem",
            _request_options(call_options),
        )

    async def get_order_pay_detail(
        self,
        order_no: str,
        **call_options: Unpack[CallOptions],
    ) -> CostGetOrderPayDetail:
        """``GET /api/v3/get-order-pay-detail`` -> ``CostGetOrderPayDetail``.

        Official python name, Node ``getOrderPayDetail``; area ``billing``.

        Parameters (name: wire name, location):
            order_no: ``orderNo``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ORDER_PAY_DETAIL,
            (order_no,),
            "CostGetOrderPayDetail",
            _request_options(call_options),
        )

    async def get_orders(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ORDERS,
            (
                page,
                limit,
            ),
            "GetOrdersRes",
            _request_options(call_options),
        )

    def iter_get_orders(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[OrderItem]:
        """Every item of ``get_orders``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_orders(
                page=page,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> CurrentUsageRespDto:
        """``GET /api/v3/get-usage-info`` -> ``CurrentUsageRespDto``.

        Official python name, Node ``getUsageInfo``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USAGE_INFO,
            (),
            "CurrentUsageRespDto",
            _request_options(call_options),
        )
