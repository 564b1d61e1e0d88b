# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AuthenticateByAlipayDto, ..., AuthenticationOptionsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import WireBacked
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a12 import (
        AuthenticatorAssertionResponseDto,
    )
    from ._p7 import (
        PublicKeyCredentialRequestOptionsDto,
    )

__all__ = [
    "AuthenticateByAlipayDto", "AuthenticateByGoogleDto", "AuthenticateByLDAPDto",
    "AuthenticateByLarkInternalDto", "AuthenticateByLarkPublicDto", "AuthenticateByPassCodeDto",
    "AuthenticateByPasswordDto", "AuthenticateByWechatDto",
    "AuthenticateByWechatMiniProgramCodeDto", "AuthenticateByWechatMiniProgramPhoneDto",
    "AuthenticateByWechatworkAgencyDto", "AuthenticateByWechatworkDto", "AuthenticateByYidunDto",
    "AuthenticationCredentialDto", "AuthenticationOptionsDto",
]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByAlipayDto:
    """Wire model ``AuthenticateByAlipayDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByGoogleDto:
    """Wire model ``AuthenticateByGoogleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLDAPDto:
    """Wire model ``AuthenticateByLDAPDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLarkInternalDto:
    """Wire model ``AuthenticateByLarkInternalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLarkPublicDto:
    """Wire model ``AuthenticateByLarkPublicDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByPassCodeDto:
    """Wire model ``AuthenticateByPassCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByPasswordDto:
    """Wire model ``AuthenticateByPasswordDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        account: ``account``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    account: str | None = _attrs.field(default=None, metadata={"wire": "account"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatDto:
    """Wire model ``AuthenticateByWechatDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatMiniProgramCodeDto:
    """Wire model ``AuthenticateByWechatMiniProgramCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatMiniProgramPhoneDto:
    """Wire model ``AuthenticateByWechatMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatworkAgencyDto:
    """Wire model ``AuthenticateByWechatworkAgencyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatworkDto:
    """Wire model ``AuthenticateByWechatworkDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByYidunDto:
    """Wire model ``AuthenticateByYidunDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        access_token: ``accessToken``, str, optional
    """

    token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "token"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "accessToken"})


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


@_attrs.define(kw_only=True, slots=True)
class AuthenticationOptionsDto(WireBacked):
    """Wire model ``AuthenticationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        authentication_options: ``authenticationOptions``, PublicKeyCredentialRequestOptionsDto, required
        ticket: ``ticket``, str, required
    """

    authentication_options: PublicKeyCredentialRequestOptionsDto = _attrs.field(metadata={"wire": "authenticationOptions"})
    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
