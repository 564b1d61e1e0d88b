# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetCustomDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SetCustomDataDto"]


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataDto:
    """Wire model ``SetCustomDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, optional
        key: ``key``, str, required
        value: ``value``, str, required
    """

    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    key: str = _attrs.field(metadata={"wire": "key"})
    value: str = _attrs.field(metadata={"wire": "value"})
