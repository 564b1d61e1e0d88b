# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyUpdatePhoneRequestDto`` and its enum (VerifyUpdatePhoneRequestDtoVerifyMethod)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

from .update_phone_by_phone_pass_code_dto import UpdatePhoneByPhonePassCodeDto

__all__ = ["VerifyUpdatePhoneRequestDto", "VerifyUpdatePhoneRequestDtoVerifyMethod"]


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdatePhoneRequestDto:
    """Wire model ``VerifyUpdatePhoneRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_pass_code_payload: ``phonePassCodePayload``, UpdatePhoneByPhonePassCodeDto, required
        verify_method: ``verifyMethod``, VerifyUpdatePhoneRequestDtoVerifyMethod, required
    """

    phone_pass_code_payload: UpdatePhoneByPhonePassCodeDto = _attrs.field(metadata={"wire": "phonePassCodePayload"})
    verify_method: VerifyUpdatePhoneRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})


class VerifyUpdatePhoneRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyUpdatePhoneRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    PHONE_PASSCODE = "PHONE_PASSCODE"
