# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SigninByCredentialsDto`` and its enum (SigninByCredentialsDtoConnection)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .sign_in_by_ad_payload_dto import SignInByAdPayloadDto
from .sign_in_by_ldap_payload_dto import SignInByLdapPayloadDto
from .sign_in_by_pass_code_payload_dto import SignInByPassCodePayloadDto
from .sign_in_by_password_payload_dto import SignInByPasswordPayloadDto
from .sign_in_options_dto import SignInOptionsDto

__all__ = ["SigninByCredentialsDto", "SigninByCredentialsDtoConnection"]


@_attrs.define(kw_only=True, slots=True)
class SigninByCredentialsDto:
    """Wire model ``SigninByCredentialsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection: ``connection``, SigninByCredentialsDtoConnection, required
        password_payload: ``passwordPayload``, SignInByPasswordPayloadDto, optional
        pass_code_payload: ``passCodePayload``, SignInByPassCodePayloadDto, optional
        ad_payload: ``adPayload``, SignInByAdPayloadDto, optional
        ldap_payload: ``ldapPayload``, SignInByLdapPayloadDto, optional
        options: ``options``, SignInOptionsDto, optional
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    connection: SigninByCredentialsDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: SignInByPasswordPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
    pass_code_payload: SignInByPassCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCodePayload"})
    ad_payload: SignInByAdPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adPayload"})
    ldap_payload: SignInByLdapPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapPayload"})
    options: SignInOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "client_secret"})


class SigninByCredentialsDtoConnection(WireEnum):
    """Enum of ``SigninByCredentialsDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"
