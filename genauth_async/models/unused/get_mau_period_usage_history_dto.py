# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetMauPeriodUsageHistoryDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetMauPeriodUsageHistoryDto"]


@_attrs.define(kw_only=True, slots=True)
class GetMauPeriodUsageHistoryDto:
    """Wire model ``GetMauPeriodUsageHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        start_time: ``startTime``, Any, optional
        end_time: ``endTime``, Any, optional
    """

    start_time: Any = _attrs.field(default=None, metadata={"wire": "startTime"})
    end_time: Any = _attrs.field(default=None, metadata={"wire": "endTime"})
