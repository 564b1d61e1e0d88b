# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListSyncJobsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListSyncJobsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobsDto:
    """Wire model ``ListSyncJobsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        sync_trigger: ``syncTrigger``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    sync_trigger: Any = _attrs.field(default=None, metadata={"wire": "syncTrigger"})
