# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyResetPasswordRequestDto`` and its enum (VerifyResetPasswordRequestDtoVerifyMethod)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .reset_password_by_email_pass_code_dto import ResetPasswordByEmailPassCodeDto
from .reset_password_by_phone_pass_code_dto import ResetPasswordByPhonePassCodeDto

__all__ = ["VerifyResetPasswordRequestDto", "VerifyResetPasswordRequestDtoVerifyMethod"]


@_attrs.define(kw_only=True, slots=True)
class VerifyResetPasswordRequestDto:
    """Wire model ``VerifyResetPasswordRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_method: ``verifyMethod``, VerifyResetPasswordRequestDtoVerifyMethod, required
        phone_pass_code_payload: ``phonePassCodePayload``, ResetPasswordByPhonePassCodeDto, optional
        email_pass_code_payload: ``emailPassCodePayload``, ResetPasswordByEmailPassCodeDto, optional
    """

    verify_method: VerifyResetPasswordRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})
    phone_pass_code_payload: ResetPasswordByPhonePassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodePayload"})
    email_pass_code_payload: ResetPasswordByEmailPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodePayload"})


class VerifyResetPasswordRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyResetPasswordRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PHONE_PASSCODE = "PHONE_PASSCODE"
