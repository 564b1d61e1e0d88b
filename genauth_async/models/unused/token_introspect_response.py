# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TokenIntrospectResponse``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TokenIntrospectResponse"]


@_attrs.define(kw_only=True, slots=True)
class TokenIntrospectResponse:
    """Wire model ``TokenIntrospectResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
        sub: ``sub``, str, optional
        client_id: ``client_id``, str, optional
        exp: ``exp``, int, optional
        iat: ``iat``, int, optional
        iss: ``iss``, str, optional
        jti: ``jti``, str, optional
        scope: ``scope``, str, optional
        token_type: ``token_type``, str, optional
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
    sub: str | None = _attrs.field(default=None, metadata={"wire": "sub"})
    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    exp: int | None = _attrs.field(default=None, metadata={"wire": "exp"})
    iat: int | None = _attrs.field(default=None, metadata={"wire": "iat"})
    iss: str | None = _attrs.field(default=None, metadata={"wire": "iss"})
    jti: str | None = _attrs.field(default=None, metadata={"wire": "jti"})
    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    token_type: str | None = _attrs.field(default=None, metadata={"wire": "token_type"})
