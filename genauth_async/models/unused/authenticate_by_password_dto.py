# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticateByPasswordDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticateByPasswordDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByPasswordDto:
    """Wire model ``AuthenticateByPasswordDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        account: ``account``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    account: str | None = _attrs.field(default=None, metadata={"wire": "account"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
