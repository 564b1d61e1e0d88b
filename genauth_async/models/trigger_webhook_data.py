# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TriggerWebhookData``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["TriggerWebhookData"]


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookData:
    """Wire model ``TriggerWebhookData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        response: ``response``, Any, required
    """

    response: Any = _attrs.field(metadata={"wire": "response"})
