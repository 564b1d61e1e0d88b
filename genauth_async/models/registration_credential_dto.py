# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RegistrationCredentialDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .authenticator_attestation_response_dto import AuthenticatorAttestationResponseDto

__all__ = ["RegistrationCredentialDto"]


@_attrs.define(kw_only=True, slots=True)
class RegistrationCredentialDto:
    """Wire model ``RegistrationCredentialDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        raw_id: ``rawId``, str, required
        response: ``response``, AuthenticatorAttestationResponseDto, required
        transports: ``transports``, list[str], optional
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    raw_id: str = _attrs.field(metadata={"wire": "rawId"})
    response: AuthenticatorAttestationResponseDto = _attrs.field(metadata={"wire": "response"})
    transports: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "transports"})
    type: str = _attrs.field(metadata={"wire": "type"})
