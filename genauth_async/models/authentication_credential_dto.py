# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticationCredentialDto``."""

from __future__ import annotations

import attrs as _attrs

from .authenticator_assertion_response_dto import AuthenticatorAssertionResponseDto

__all__ = ["AuthenticationCredentialDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticationCredentialDto:
    """Wire model ``AuthenticationCredentialDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        raw_id: ``rawId``, str, required
        response: ``response``, AuthenticatorAssertionResponseDto, required
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    raw_id: str = _attrs.field(metadata={"wire": "rawId"})
    response: AuthenticatorAssertionResponseDto = _attrs.field(metadata={"wire": "response"})
    type: str = _attrs.field(metadata={"wire": "type"})
