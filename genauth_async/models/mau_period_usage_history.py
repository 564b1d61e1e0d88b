# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MauPeriodUsageHistory``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .mau_period_usage_history_dto import MauPeriodUsageHistoryDto

__all__ = ["MauPeriodUsageHistory"]


@_attrs.define(kw_only=True, slots=True)
class MauPeriodUsageHistory(WireBacked):
    """Wire model ``MauPeriodUsageHistory`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        records: ``records``, list[MauPeriodUsageHistoryDto], required
    """

    records: List[MauPeriodUsageHistoryDto] = _attrs.field(metadata={"wire": "records"})
