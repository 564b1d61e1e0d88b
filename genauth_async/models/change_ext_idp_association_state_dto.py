# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangeExtIdpAssociationStateDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ChangeExtIdpAssociationStateDto"]


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpAssociationStateDto:
    """Wire model ``ChangeExtIdpAssociationStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        association: ``association``, bool, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
