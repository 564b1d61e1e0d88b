# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListSyncJobLogsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListSyncJobLogsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobLogsDto:
    """Wire model ``ListSyncJobLogsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        success: ``success``, Any, optional
        action: ``action``, Any, optional
        object_type: ``objectType``, Any, optional
    """

    sync_job_id: Any = _attrs.field(default=None, metadata={"wire": "syncJobId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    success: Any = _attrs.field(default=None, metadata={"wire": "success"})
    action: Any = _attrs.field(default=None, metadata={"wire": "action"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
