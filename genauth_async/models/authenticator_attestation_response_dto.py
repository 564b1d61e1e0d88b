# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticatorAttestationResponseDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["AuthenticatorAttestationResponseDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticatorAttestationResponseDto:
    """Wire model ``AuthenticatorAttestationResponseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        attestation_object: ``attestationObject``, str, required
        client_data_json: ``clientDataJSON``, str, required
    """

    attestation_object: str = _attrs.field(metadata={"wire": "attestationObject"})
    client_data_json: str = _attrs.field(metadata={"wire": "clientDataJSON"})
