# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MfaTokenIntrospectResponse``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["MfaTokenIntrospectResponse"]


@_attrs.define(kw_only=True, slots=True)
class MfaTokenIntrospectResponse:
    """Wire model ``MfaTokenIntrospectResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
        user_pool_id: ``userPoolId``, str, optional
        user_id: ``userId``, str, optional
        exp: ``exp``, int, optional
        iat: ``iat``, int, optional
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
    user_pool_id: str | None = _attrs.field(default=None, metadata={"wire": "userPoolId"})
    user_id: str | None = _attrs.field(default=None, metadata={"wire": "userId"})
    exp: int | None = _attrs.field(default=None, metadata={"wire": "exp"})
    iat: int | None = _attrs.field(default=None, metadata={"wire": "iat"})
