# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWebhookDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetWebhookDto"]


@_attrs.define(kw_only=True, slots=True)
class GetWebhookDto:
    """Wire model ``GetWebhookDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, Any, optional
    """

    webhook_id: Any = _attrs.field(default=None, metadata={"wire": "webhookId"})
