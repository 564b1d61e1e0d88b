# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyRegistrationDto`` and its enum (VerifyRegistrationDtoAuthenticatorCode)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .registration_credential_dto import RegistrationCredentialDto

__all__ = ["VerifyRegistrationDto", "VerifyRegistrationDtoAuthenticatorCode"]


@_attrs.define(kw_only=True, slots=True)
class VerifyRegistrationDto:
    """Wire model ``VerifyRegistrationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        registration_credential: ``registrationCredential``, RegistrationCredentialDto, required
        authenticator_code: ``authenticatorCode``, VerifyRegistrationDtoAuthenticatorCode, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    registration_credential: RegistrationCredentialDto = _attrs.field(metadata={"wire": "registrationCredential"})
    authenticator_code: VerifyRegistrationDtoAuthenticatorCode | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authenticatorCode"})


class VerifyRegistrationDtoAuthenticatorCode(WireEnum):
    """Enum of ``VerifyRegistrationDto.authenticatorCode`` (unknown wire values are kept, not rejected)."""

    FINGERPRINT = "fingerprint"
    FACE = "face"
    OTHER = "other"
