# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateTenantDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateTenantDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantDto:
    """Wire model ``UpdateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        name: ``name``, str, optional
        app_ids: ``appIds``, list[str], optional
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})
