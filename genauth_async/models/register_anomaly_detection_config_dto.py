# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RegisterAnomalyDetectionConfigDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RegisterAnomalyDetectionConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class RegisterAnomalyDetectionConfigDto:
    """Wire model ``RegisterAnomalyDetectionConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
