# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FinalizeWebAuthnLoginDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

from .authentication_credential_dto import AuthenticationCredentialDto
from .sign_in_by_web_authn_options_dto import SignInByWebAuthnOptionsDto

__all__ = ["FinalizeWebAuthnLoginDto"]


@_attrs.define(kw_only=True, slots=True)
class FinalizeWebAuthnLoginDto:
    """Wire model ``FinalizeWebAuthnLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        credential: ``credential``, AuthenticationCredentialDto, required
        options: ``options``, SignInByWebAuthnOptionsDto, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    credential: AuthenticationCredentialDto = _attrs.field(metadata={"wire": "credential"})
    options: SignInByWebAuthnOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
