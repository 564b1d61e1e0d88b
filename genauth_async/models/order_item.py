# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OrderItem``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["OrderItem"]


@_attrs.define(kw_only=True, slots=True)
class OrderItem:
    """Wire model ``OrderItem`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, str, required
        goods_name: ``goodsName``, str, required
        goods_name_en: ``goodsNameEn``, str, required
        goods_unit_price: ``goodsUnitPrice``, str, required
        quantity: ``quantity``, str, required
        actual_amount: ``actualAmount``, str, required
        status: ``status``, str, required
        order_type: ``orderType``, str, required
        create_time: ``createTime``, str, required
        source: ``source``, str, required
    """

    order_no: str = _attrs.field(metadata={"wire": "orderNo"})
    goods_name: str = _attrs.field(metadata={"wire": "goodsName"})
    goods_name_en: str = _attrs.field(metadata={"wire": "goodsNameEn"})
    goods_unit_price: str = _attrs.field(metadata={"wire": "goodsUnitPrice"})
    quantity: str = _attrs.field(metadata={"wire": "quantity"})
    actual_amount: str = _attrs.field(metadata={"wire": "actualAmount"})
    status: str = _attrs.field(metadata={"wire": "status"})
    order_type: str = _attrs.field(metadata={"wire": "orderType"})
    create_time: str = _attrs.field(metadata={"wire": "createTime"})
    source: str = _attrs.field(metadata={"wire": "source"})
