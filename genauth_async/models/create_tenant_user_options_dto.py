# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTenantUserOptionsDto`` and its enum (CreateTenantUserOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreateTenantUserOptionsDto", "CreateTenantUserOptionsDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserOptionsDto:
    """Wire model ``CreateTenantUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, CreateTenantUserOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    password_encrypt_type: CreateTenantUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreateTenantUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreateTenantUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
