# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ValidatePasswordDto`` and its enum (ValidatePasswordDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["ValidatePasswordDto", "ValidatePasswordDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class ValidatePasswordDto:
    """Wire model ``ValidatePasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone: ``phone``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        password: ``password``, str, optional
        password_encrypt_type: ``passwordEncryptType``, ValidatePasswordDtoPasswordEncryptType, optional
    """

    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    password_encrypt_type: ValidatePasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class ValidatePasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``ValidatePasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
