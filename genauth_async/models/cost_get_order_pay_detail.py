# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CostGetOrderPayDetail``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CostGetOrderPayDetail"]


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
