# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GoodsPackageDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GoodsPackageDto"]


@_attrs.define(kw_only=True, slots=True)
class GoodsPackageDto:
    """Wire model ``GoodsPackageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        unit_price: ``unitPrice``, str, required
        code: ``code``, str, required
        group: ``group``, str, required
        scene_code: ``sceneCode``, str, required
        amount: ``amount``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    unit_price: str = _attrs.field(metadata={"wire": "unitPrice"})
    code: str = _attrs.field(metadata={"wire": "code"})
    group: str = _attrs.field(metadata={"wire": "group"})
    scene_code: str = _attrs.field(metadata={"wire": "sceneCode"})
    amount: str = _attrs.field(metadata={"wire": "amount"})
