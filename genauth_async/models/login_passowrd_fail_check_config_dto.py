# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginPassowrdFailCheckConfigDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["LoginPassowrdFailCheckConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class LoginPassowrdFailCheckConfigDto:
    """Wire model ``LoginPassowrdFailCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
        unit: ``unit``, str, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
    unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "unit"})
