# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TokenRevocationEndpointParams``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["TokenRevocationEndpointParams"]


@_attrs.define(kw_only=True, slots=True)
class TokenRevocationEndpointParams:
    """Wire model ``TokenRevocationEndpointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        token: ``token``, str, required
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
