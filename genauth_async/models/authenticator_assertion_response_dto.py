# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticatorAssertionResponseDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticatorAssertionResponseDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticatorAssertionResponseDto:
    """Wire model ``AuthenticatorAssertionResponseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        authenticator_data: ``authenticatorData``, str, required
        client_data_json: ``clientDataJSON``, str, required
        signature: ``signature``, str, required
        user_handle: ``userHandle``, str, required
    """

    authenticator_data: str = _attrs.field(metadata={"wire": "authenticatorData"})
    client_data_json: str = _attrs.field(metadata={"wire": "clientDataJSON"})
    signature: str = _attrs.field(repr=_masked, metadata={"wire": "signature"})
    user_handle: str = _attrs.field(metadata={"wire": "userHandle"})
