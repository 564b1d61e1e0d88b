# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WebhookLogDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["WebhookLogDto"]


@_attrs.define(kw_only=True, slots=True)
class WebhookLogDto:
    """Wire model ``WebhookLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        event_name: ``eventName``, str, required
        request_body: ``requestBody``, Any, required
        request_headers: ``requestHeaders``, Any, required
        response_status_code: ``responseStatusCode``, int, required
        response_headers: ``responseHeaders``, Any, required
        response_body: ``responseBody``, Any, required
        timestamp: ``timestamp``, str, required
        success: ``success``, bool, required
        error_message: ``errorMessage``, str, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    event_name: str = _attrs.field(metadata={"wire": "eventName"})
    request_body: Any = _attrs.field(metadata={"wire": "requestBody"})
    request_headers: Any = _attrs.field(metadata={"wire": "requestHeaders"})
    response_status_code: int = _attrs.field(metadata={"wire": "responseStatusCode"})
    response_headers: Any = _attrs.field(metadata={"wire": "responseHeaders"})
    response_body: Any = _attrs.field(metadata={"wire": "responseBody"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    error_message: str | None = _attrs.field(default=None, metadata={"wire": "errorMessage"})
