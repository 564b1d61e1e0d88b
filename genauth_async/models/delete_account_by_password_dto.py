# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAccountByPasswordDto`` and its enum (DeleteAccountByPasswordDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["DeleteAccountByPasswordDto", "DeleteAccountByPasswordDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByPasswordDto:
    """Wire model ``DeleteAccountByPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_encrypt_type: ``passwordEncryptType``, DeleteAccountByPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    password_encrypt_type: DeleteAccountByPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class DeleteAccountByPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``DeleteAccountByPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
