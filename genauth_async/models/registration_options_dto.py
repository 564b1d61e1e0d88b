# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RegistrationOptionsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

from .public_key_credential_creation_options_dto import PublicKeyCredentialCreationOptionsDto

__all__ = ["RegistrationOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class RegistrationOptionsDto(WireBacked):
    """Wire model ``RegistrationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        registration_options: ``registrationOptions``, PublicKeyCredentialCreationOptionsDto, required
        ticket: ``ticket``, str, required
    """

    registration_options: PublicKeyCredentialCreationOptionsDto = _attrs.field(metadata={"wire": "registrationOptions"})
    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
