# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssociationExtIdpDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["AssociationExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class AssociationExtIdpDto:
    """Wire model ``AssociationExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        association: ``association``, bool, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    association: bool = _attrs.field(metadata={"wire": "association"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
