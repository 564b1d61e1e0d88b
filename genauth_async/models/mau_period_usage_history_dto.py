# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MauPeriodUsageHistoryDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["MauPeriodUsageHistoryDto"]


@_attrs.define(kw_only=True, slots=True)
class MauPeriodUsageHistoryDto:
    """Wire model ``MauPeriodUsageHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        period_start_time: ``periodStartTime``, str, required
        period_end_time: ``periodEndTime``, str, required
        amount: ``amount``, str, required
        current: ``current``, str, required
    """

    period_start_time: str = _attrs.field(metadata={"wire": "periodStartTime"})
    period_end_time: str = _attrs.field(metadata={"wire": "periodEndTime"})
    amount: str = _attrs.field(metadata={"wire": "amount"})
    current: str = _attrs.field(metadata={"wire": "current"})
