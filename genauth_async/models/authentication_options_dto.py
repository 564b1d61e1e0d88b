# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticationOptionsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

from .public_key_credential_request_options_dto import PublicKeyCredentialRequestOptionsDto

__all__ = ["AuthenticationOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticationOptionsDto(WireBacked):
    """Wire model ``AuthenticationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        authentication_options: ``authenticationOptions``, PublicKeyCredentialRequestOptionsDto, required
        ticket: ``ticket``, str, required
    """

    authentication_options: PublicKeyCredentialRequestOptionsDto = _attrs.field(metadata={"wire": "authenticationOptions"})
    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
