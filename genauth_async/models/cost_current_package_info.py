# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CostCurrentPackageInfo``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .goods_package_dto import GoodsPackageDto

__all__ = ["CostCurrentPackageInfo"]


@_attrs.define(kw_only=True, slots=True)
class CostCurrentPackageInfo(WireBacked):
    """Wire model ``CostCurrentPackageInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        end_time: ``endTime``, str, required
        overdue_days: ``overdueDays``, str, required
        goods_package: ``goodsPackage``, GoodsPackageDto, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: str = _attrs.field(metadata={"wire": "endTime"})
    overdue_days: str = _attrs.field(metadata={"wire": "overdueDays"})
    goods_package: GoodsPackageDto = _attrs.field(metadata={"wire": "goodsPackage"})
