# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteExtIdpConnDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["DeleteExtIdpConnDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteExtIdpConnDto:
    """Wire model ``DeleteExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
