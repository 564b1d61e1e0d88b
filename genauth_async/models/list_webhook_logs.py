# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListWebhookLogs``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ListWebhookLogs"]


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogs:
    """Wire model ``ListWebhookLogs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
