# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateAccessKeyDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateAccessKeyDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyDto:
    """Wire model ``CreateAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        user_id: ``userId``, str, optional
        tenant_id: ``tenantId``, str, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
