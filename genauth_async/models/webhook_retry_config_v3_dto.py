# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WebhookRetryConfigV3Dto`` and its enum (WebhookRetryConfigV3DtoDelayUnit)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["WebhookRetryConfigV3Dto", "WebhookRetryConfigV3DtoDelayUnit"]


@_attrs.define(kw_only=True, slots=True)
class WebhookRetryConfigV3Dto:
    """Wire model ``WebhookRetryConfigV3Dto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        count: ``count``, int, optional
        delay: ``delay``, int, optional
        delay_unit: ``delayUnit``, WebhookRetryConfigV3DtoDelayUnit, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    count: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "count"})
    delay: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "delay"})
    delay_unit: WebhookRetryConfigV3DtoDelayUnit | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "delayUnit"})


class WebhookRetryConfigV3DtoDelayUnit(WireEnum):
    """Enum of ``WebhookRetryConfigV3Dto.delayUnit`` (unknown wire values are kept, not rejected)."""

    SECOND = "Second"
    MINUTE = "Minute"
    HOUR = "Hour"
    DAY = "Day"
