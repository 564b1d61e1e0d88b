# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``QueryTerminalAppsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["QueryTerminalAppsDto"]


@_attrs.define(kw_only=True, slots=True)
class QueryTerminalAppsDto:
    """Wire model ``QueryTerminalAppsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_ids: ``deviceIds``, list[str], required
        user_id: ``userId``, str, optional
    """

    device_ids: List[str] = _attrs.field(metadata={"wire": "deviceIds"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
