# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateInviteTenantUserLink``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["GenerateInviteTenantUserLink"]


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteTenantUserLink:
    """Wire model ``GenerateInviteTenantUserLink`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        validity_term: ``validityTerm``, str, required
        emails: ``emails``, list[str], required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    validity_term: str = _attrs.field(metadata={"wire": "validityTerm"})
    emails: List[str] = _attrs.field(metadata={"wire": "emails"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
