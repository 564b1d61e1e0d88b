# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginTokenResponseDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["LoginTokenResponseDataDto"]


@_attrs.define(kw_only=True, slots=True)
class LoginTokenResponseDataDto:
    """Wire model ``LoginTokenResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
        refresh_token: ``refresh_token``, str, optional
        token_type: ``token_type``, str, required
        expire_in: ``expire_in``, int, required
    """

    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
    refresh_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "refresh_token"})
    token_type: str = _attrs.field(metadata={"wire": "token_type"})
    expire_in: int = _attrs.field(metadata={"wire": "expire_in"})
