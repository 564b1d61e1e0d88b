# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyUpdateEmailRequestDto`` and its enum (VerifyUpdateEmailRequestDtoVerifyMethod)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

from .update_email_by_email_pass_code_dto import UpdateEmailByEmailPassCodeDto

__all__ = ["VerifyUpdateEmailRequestDto", "VerifyUpdateEmailRequestDtoVerifyMethod"]


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdateEmailRequestDto:
    """Wire model ``VerifyUpdateEmailRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email_pass_code_payload: ``emailPassCodePayload``, UpdateEmailByEmailPassCodeDto, required
        verify_method: ``verifyMethod``, VerifyUpdateEmailRequestDtoVerifyMethod, required
    """

    email_pass_code_payload: UpdateEmailByEmailPassCodeDto = _attrs.field(metadata={"wire": "emailPassCodePayload"})
    verify_method: VerifyUpdateEmailRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})


class VerifyUpdateEmailRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyUpdateEmailRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"
