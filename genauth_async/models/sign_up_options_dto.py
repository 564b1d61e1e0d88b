# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignUpOptionsDto`` and its enum (SignUpOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["SignUpOptionsDto", "SignUpOptionsDtoPasswordEncryptType"]


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
