# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PrincipalAuthenticationInfoDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PrincipalAuthenticationInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoDto:
    """Wire model ``PrincipalAuthenticationInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        authenticated: ``authenticated``, bool, required
        principal_type: ``principalType``, str, required
        principal_code: ``principalCode``, str, required
        principal_name: ``principalName``, str, required
        authenticated_at: ``authenticatedAt``, str, required
    """

    authenticated: bool = _attrs.field(metadata={"wire": "authenticated"})
    principal_type: str = _attrs.field(metadata={"wire": "principalType"})
    principal_code: str = _attrs.field(metadata={"wire": "principalCode"})
    principal_name: str = _attrs.field(metadata={"wire": "principalName"})
    authenticated_at: str = _attrs.field(metadata={"wire": "authenticatedAt"})
