# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssociateTenantResourceDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["AssociateTenantResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class AssociateTenantResourceDto:
    """Wire model ``AssociateTenantResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        association: ``association``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
