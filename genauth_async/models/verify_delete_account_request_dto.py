# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyDeleteAccountRequestDto`` and its enum (VerifyDeleteAccountRequestDtoVerifyMethod)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .delete_account_by_email_pass_code_dto import DeleteAccountByEmailPassCodeDto
from .delete_account_by_password_dto import DeleteAccountByPasswordDto
from .delete_account_by_phone_pass_code_dto import DeleteAccountByPhonePassCodeDto

__all__ = ["VerifyDeleteAccountRequestDto", "VerifyDeleteAccountRequestDtoVerifyMethod"]


@_attrs.define(kw_only=True, slots=True)
class VerifyDeleteAccountRequestDto:
    """Wire model ``VerifyDeleteAccountRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_method: ``verifyMethod``, VerifyDeleteAccountRequestDtoVerifyMethod, required
        phone_pass_code_payload: ``phonePassCodePayload``, DeleteAccountByPhonePassCodeDto, optional
        email_pass_code_payload: ``emailPassCodePayload``, DeleteAccountByEmailPassCodeDto, optional
        password_payload: ``passwordPayload``, DeleteAccountByPasswordDto, optional
    """

    verify_method: VerifyDeleteAccountRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})
    phone_pass_code_payload: DeleteAccountByPhonePassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodePayload"})
    email_pass_code_payload: DeleteAccountByEmailPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodePayload"})
    password_payload: DeleteAccountByPasswordDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})


class VerifyDeleteAccountRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyDeleteAccountRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    PHONE_PASSCODE = "PHONE_PASSCODE"
    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PASSWORD = "PASSWORD"
