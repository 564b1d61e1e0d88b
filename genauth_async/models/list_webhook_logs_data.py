# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListWebhookLogsData``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .webhook_log_dto import WebhookLogDto

__all__ = ["ListWebhookLogsData"]


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogsData(WireBacked):
    """Wire model ``ListWebhookLogsData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookLogDto] = _attrs.field(metadata={"wire": "list"})
