# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SignUpOptionsDto, ..., SigninByCredentialsDtoConnection)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s6 import (
        SignInByAdPayloadDto,
    )
    from ._s7 import (
        SignInByLdapPayloadDto,
    )
    from ._s8 import (
        SignInByPassCodePayloadDto, SignInByPasswordPayloadDto,
    )
    from ._s9 import (
        SignInOptionsDto,
    )

__all__ = [
    "SignUpOptionsDto", "SignUpOptionsDtoPasswordEncryptType", "SignUpProfileDto",
    "SignUpProfileDtoGender", "SigninByCredentialsDto", "SigninByCredentialsDtoConnection",
]


@_attrs.define(kw_only=True, slots=True)
class SignUpOptionsDto:
    """Wire model ``SignUpOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        client_ip: ``clientIp``, str, optional
        phone_pass_code_for_information_completion: ``phonePassCodeForInformationCompletion``, str, optional
        email_pass_code_for_information_completion: ``emailPassCodeForInformationCompletion``, str, optional
        password_for_phone_pass_code: ``passwordForPhonePassCode``, str, optional
        context: ``context``, Any, required
        password_encrypt_type: ``passwordEncryptType``, SignUpOptionsDtoPasswordEncryptType, optional
    """

    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    phone_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "phonePassCodeForInformationCompletion"})
    email_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "emailPassCodeForInformationCompletion"})
    password_for_phone_pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "passwordForPhonePassCode"})
    context: Any = _attrs.field(metadata={"wire": "context"})
    password_encrypt_type: SignUpOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class SignUpOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``SignUpOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class SignUpProfileDto:
    """Wire model ``SignUpProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        nickname: ``nickname``, str, optional
        company: ``company``, str, optional
        photo: ``photo``, str, optional
        device: ``device``, str, optional
        browser: ``browser``, str, optional
        name: ``name``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        gender: ``gender``, SignUpProfileDtoGender, optional
        birthdate: ``birthdate``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        address: ``address``, str, optional
        formatted: ``formatted``, str, optional
        street_address: ``streetAddress``, str, optional
        locality: ``locality``, str, optional
        region: ``region``, str, optional
        postal_code: ``postalCode``, str, optional
        country: ``country``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    gender: SignUpProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    locality: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locality"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


class SignUpProfileDtoGender(WireEnum):
    """Enum of ``SignUpProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


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
