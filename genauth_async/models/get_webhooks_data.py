# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWebhooksData``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .webhook_dto import WebhookDto

__all__ = ["GetWebhooksData"]


@_attrs.define(kw_only=True, slots=True)
class GetWebhooksData(WireBacked):
    """Wire model ``GetWebhooksData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookDto] = _attrs.field(metadata={"wire": "list"})
