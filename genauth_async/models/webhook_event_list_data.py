# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WebhookEventListData``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .webhook_category_dto import WebhookCategoryDto
from .webhook_event_dto import WebhookEventDto

__all__ = ["WebhookEventListData"]


@_attrs.define(kw_only=True, slots=True)
class WebhookEventListData(WireBacked):
    """Wire model ``WebhookEventListData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        categories: ``categories``, list[WebhookCategoryDto], required
        events: ``events``, list[WebhookEventDto], required
    """

    categories: List[WebhookCategoryDto] = _attrs.field(metadata={"wire": "categories"})
    events: List[WebhookEventDto] = _attrs.field(metadata={"wire": "events"})
