# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssociationResourceDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["AssociationResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class AssociationResourceDto:
    """Wire model ``AssociationResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        association: ``association``, bool, required
        code: ``code``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    code: str = _attrs.field(metadata={"wire": "code"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
