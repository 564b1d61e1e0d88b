# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CostGetAllRightItemRespDto, ..., CountryDetailInfo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._c22 import (
        CurrentUsageRespDto,
    )
    from ._c6 import (
        CostCurrentPackageInfo,
    )
    from ._g13 import (
        GetOrdersRes,
    )
    from ._l1 import (
        LangObject,
    )
    from ._m1 import (
        MauPeriodUsageHistory,
    )
    from ._o2 import (
        OrderItem,
    )
    from ._r5 import (
        RightItemRes,
    )

__all__ = [
    "CostGetAllRightItemRespDto", "CostGetCurrentPackageRespDto", "CostGetCurrentUsageRespDto",
    "CostGetMauPeriodUsageHistoryRespDto", "CostGetOrderDetailRespDto", "CostGetOrderPayDetail",
    "CostGetOrderPayDetailRespDto", "CostGetOrdersRespDto", "CountCustomFieldsDto",
    "CountryDetailInfo",
]


@_attrs.define(kw_only=True, slots=True)
class CostGetAllRightItemRespDto(WireBacked):
    """Wire model ``CostGetAllRightItemRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RightItemRes, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RightItemRes = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetCurrentPackageRespDto(WireBacked):
    """Wire model ``CostGetCurrentPackageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CostCurrentPackageInfo, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CostCurrentPackageInfo = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetCurrentUsageRespDto(WireBacked):
    """Wire model ``CostGetCurrentUsageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CurrentUsageRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CurrentUsageRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetMauPeriodUsageHistoryRespDto(WireBacked):
    """Wire model ``CostGetMauPeriodUsageHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, MauPeriodUsageHistory, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: MauPeriodUsageHistory = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderDetailRespDto(WireBacked):
    """Wire model ``CostGetOrderDetailRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OrderItem, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OrderItem = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderPayDetail:
    """Wire model ``CostGetOrderPayDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, str, required
        channel_order_no: ``channelOrderNo``, str, required
        paid_amount: ``paidAmount``, str, required
        paid_time: ``paidTime``, str, required
        paid_account_no: ``paidAccountNo``, str, required
        pay_status: ``payStatus``, str, required
        create_time: ``createTime``, str, required
        pay_type: ``payType``, str, required
    """

    order_no: str = _attrs.field(metadata={"wire": "orderNo"})
    channel_order_no: str = _attrs.field(metadata={"wire": "channelOrderNo"})
    paid_amount: str = _attrs.field(metadata={"wire": "paidAmount"})
    paid_time: str = _attrs.field(metadata={"wire": "paidTime"})
    paid_account_no: str = _attrs.field(metadata={"wire": "paidAccountNo"})
    pay_status: str = _attrs.field(metadata={"wire": "payStatus"})
    create_time: str = _attrs.field(metadata={"wire": "createTime"})
    pay_type: str = _attrs.field(metadata={"wire": "payType"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderPayDetailRespDto(WireBacked):
    """Wire model ``CostGetOrderPayDetailRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CostGetOrderPayDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CostGetOrderPayDetail = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrdersRespDto(WireBacked):
    """Wire model ``CostGetOrdersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetOrdersRes, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetOrdersRes = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CountCustomFieldsDto:
    """Wire model ``CountCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        all: ``all``, int, required
        user_visible: ``userVisible``, int, required
        admin_visible: ``adminVisible``, int, required
    """

    all: int = _attrs.field(metadata={"wire": "all"})
    user_visible: int = _attrs.field(metadata={"wire": "userVisible"})
    admin_visible: int = _attrs.field(metadata={"wire": "adminVisible"})


@_attrs.define(kw_only=True, slots=True)
class CountryDetailInfo(WireBacked):
    """Wire model ``CountryDetailInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alpha2: ``alpha2``, str, required
        alpha3: ``alpha3``, str, required
        phone_country_code: ``phoneCountryCode``, str, required
        flag: ``flag``, str, required
        name: ``name``, LangObject, required
    """

    alpha2: str = _attrs.field(metadata={"wire": "alpha2"})
    alpha3: str = _attrs.field(metadata={"wire": "alpha3"})
    phone_country_code: str = _attrs.field(metadata={"wire": "phoneCountryCode"})
    flag: str = _attrs.field(metadata={"wire": "flag"})
    name: LangObject = _attrs.field(metadata={"wire": "name"})
