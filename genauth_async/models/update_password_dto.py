# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePasswordDto`` and its enum (UpdatePasswordDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["UpdatePasswordDto", "UpdatePasswordDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePasswordDto:
    """Wire model ``UpdatePasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_password: ``newPassword``, str, required
        old_password: ``oldPassword``, str, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePasswordDtoPasswordEncryptType, optional
        password_reset_token: ``passwordResetToken``, str, optional
    """

    new_password: str = _attrs.field(repr=_masked, metadata={"wire": "newPassword"})
    old_password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldPassword"})
    password_encrypt_type: UpdatePasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    password_reset_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "passwordResetToken"})


class UpdatePasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
