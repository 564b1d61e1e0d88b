# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticateByPassCodeDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticateByPassCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByPassCodeDto:
    """Wire model ``AuthenticateByPassCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
