# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteWebhookDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteWebhookDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteWebhookDto:
    """Wire model ``DeleteWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_ids: ``webhookIds``, list[str], required
    """

    webhook_ids: List[str] = _attrs.field(metadata={"wire": "webhookIds"})
