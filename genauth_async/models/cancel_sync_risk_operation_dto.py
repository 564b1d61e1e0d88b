# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CancelSyncRiskOperationDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["CancelSyncRiskOperationDto"]


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationDto:
    """Wire model ``CancelSyncRiskOperationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_risk_operation_ids: ``syncRiskOperationIds``, list[int], required
    """

    sync_risk_operation_ids: List[int] = _attrs.field(metadata={"wire": "syncRiskOperationIds"})
