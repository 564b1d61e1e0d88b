# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByLdapPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByLdapPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByLdapPayloadDto:
    """Wire model ``SignInByLdapPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})
