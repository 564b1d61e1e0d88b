# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``billing``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param, RequestOptions
from genauth_async._generated._caller import _Caller
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> RightItemRes:
        """``GET /api/v3/get-all-rights-items`` -> ``RightItemRes``.

        Official python name, Node ``getAllRightsItem``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_RIGHTS_ITEM,
            (),
            "RightItemRes",
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_current_package_info(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> CostCurrentPackageInfo:
        """``GET /api/v3/get-current-package-info`` -> ``CostCurrentPackageInfo``.

        Official python name, Node ``getCurrentPackageInfo``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_CURRENT_PACKAGE_INFO,
            (),
            "CostCurrentPackageInfo",
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_mau_period_usage_history(
        self,
        start_time: str,
        end_time: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_order_detail(
        self,
        order_no: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_order_pay_detail(
        self,
        order_no: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_orders(
        self,
        page: int | None = None,
        limit: int | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    def iter_get_orders(
        self,
        limit: int | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> AsyncIterator[OrderItem]:
        """Every item of ``get_orders``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return _paginate(
            lambda page: self.get_orders(
                page=page,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_on_post=retry_on_post,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_usage_info(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> CurrentUsageRespDto:
        """``GET /api/v3/get-usage-info`` -> ``CurrentUsageRespDto``.

        Official python name, Node ``getUsageInfo``; area ``billing``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USAGE_INFO,
            (),
            "CurrentUsageRespDto",
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )
