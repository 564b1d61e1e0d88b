# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetPasswordDto`` and its enum (ResetPasswordDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["ResetPasswordDto", "ResetPasswordDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordDto:
    """Wire model ``ResetPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_reset_token: ``passwordResetToken``, str, required
        password_encrypt_type: ``passwordEncryptType``, ResetPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    password_reset_token: str = _attrs.field(repr=_masked, metadata={"wire": "passwordResetToken"})
    password_encrypt_type: ResetPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class ResetPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``ResetPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
