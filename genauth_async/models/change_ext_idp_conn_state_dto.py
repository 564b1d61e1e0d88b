# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangeExtIdpConnStateDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ChangeExtIdpConnStateDto"]


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpConnStateDto:
    """Wire model ``ChangeExtIdpConnStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        enabled: ``enabled``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_ids: ``appIds``, list[str], optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
