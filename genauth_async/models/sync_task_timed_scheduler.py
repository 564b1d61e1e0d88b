# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskTimedScheduler`` and its enum (SyncTaskTimedSchedulerCycle)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SyncTaskTimedScheduler", "SyncTaskTimedSchedulerCycle"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskTimedScheduler:
    """Wire model ``SyncTaskTimedScheduler`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cycle: ``cycle``, SyncTaskTimedSchedulerCycle, required
        start_time: ``startTime``, int, required
    """

    cycle: SyncTaskTimedSchedulerCycle = _attrs.field(metadata={"wire": "cycle"})
    start_time: int = _attrs.field(metadata={"wire": "startTime"})


class SyncTaskTimedSchedulerCycle(WireEnum):
    """Enum of ``SyncTaskTimedScheduler.cycle`` (unknown wire values are kept, not rejected)."""

    MONTH = "month"
    WEEK = "week"
    DAYS = "days"
    SIX_HOURS = "sixHours"
    TWO_HOURS = "twoHours"
