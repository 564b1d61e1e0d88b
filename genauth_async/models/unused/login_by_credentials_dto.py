# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginByCredentialsDto`` and its enum (LoginByCredentialsDtoConnection).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from ..sign_in_options_dto import SignInOptionsDto
from ..unused.authenticate_by_ad_dto import AuthenticateByADDto
from ..unused.authenticate_by_ldap_dto import AuthenticateByLDAPDto
from ..unused.authenticate_by_pass_code_dto import AuthenticateByPassCodeDto
from ..unused.authenticate_by_password_dto import AuthenticateByPasswordDto

__all__ = ["LoginByCredentialsDto", "LoginByCredentialsDtoConnection"]


@_attrs.define(kw_only=True, slots=True)
class LoginByCredentialsDto(WireBacked):
    """Wire model ``LoginByCredentialsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection: ``connection``, LoginByCredentialsDtoConnection, required
        password_payload: ``passwordPayload``, AuthenticateByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, AuthenticateByPassCodeDto, optional
        ad_payload: ``adPayload``, AuthenticateByADDto, optional
        ldap_payload: ``ldapPayload``, AuthenticateByLDAPDto, optional
        options: ``options``, SignInOptionsDto, optional
    """

    connection: LoginByCredentialsDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: AuthenticateByPasswordDto | None = _attrs.field(default=None, metadata={"wire": "passwordPayload"})
    pass_code_payload: AuthenticateByPassCodeDto | None = _attrs.field(default=None, metadata={"wire": "passCodePayload"})
    ad_payload: AuthenticateByADDto | None = _attrs.field(default=None, metadata={"wire": "adPayload"})
    ldap_payload: AuthenticateByLDAPDto | None = _attrs.field(default=None, metadata={"wire": "ldapPayload"})
    options: SignInOptionsDto | None = _attrs.field(default=None, metadata={"wire": "options"})


class LoginByCredentialsDtoConnection(WireEnum):
    """Enum of ``LoginByCredentialsDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"
