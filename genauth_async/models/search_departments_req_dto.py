# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SearchDepartmentsReqDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SearchDepartmentsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsReqDto:
    """Wire model ``SearchDepartmentsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, required
        organization_code: ``organizationCode``, str, required
        with_custom_data: ``withCustomData``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    keywords: str = _attrs.field(metadata={"wire": "keywords"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
