# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TriggerSyncTaskDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TriggerSyncTaskDto"]


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDto:
    """Wire model ``TriggerSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
