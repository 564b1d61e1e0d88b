# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TriggerSyncTaskDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TriggerSyncTaskDataDto"]


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDataDto:
    """Wire model ``TriggerSyncTaskDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, int, required
    """

    sync_job_id: int = _attrs.field(metadata={"wire": "syncJobId"})
