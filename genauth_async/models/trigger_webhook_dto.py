# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TriggerWebhookDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET

__all__ = ["TriggerWebhookDto"]


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookDto:
    """Wire model ``TriggerWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        request_headers: ``requestHeaders``, Any, optional
        request_body: ``requestBody``, Any, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    request_headers: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestHeaders"})
    request_body: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestBody"})
