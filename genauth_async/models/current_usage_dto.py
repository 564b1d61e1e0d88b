# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CurrentUsageDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CurrentUsageDto"]


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageDto:
    """Wire model ``CurrentUsageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        amount: ``amount``, str, required
        current: ``current``, str, required
        experience: ``experience``, bool, required
        model_code: ``modelCode``, str, required
        model_name: ``modelName``, str, required
    """

    amount: str = _attrs.field(metadata={"wire": "amount"})
    current: str = _attrs.field(metadata={"wire": "current"})
    experience: bool = _attrs.field(metadata={"wire": "experience"})
    model_code: str = _attrs.field(metadata={"wire": "modelCode"})
    model_name: str = _attrs.field(metadata={"wire": "modelName"})
