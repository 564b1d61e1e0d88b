# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (VerifyUpdatePhoneRequestDto, ..., VerifyUpdatePhoneRequestRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._u7 import (
        UpdatePhoneByPhonePassCodeDto,
    )
    from ._v2 import (
        VerifyUpdatePhoneRequestData,
    )

__all__ = [
    "VerifyUpdatePhoneRequestDto", "VerifyUpdatePhoneRequestDtoVerifyMethod",
    "VerifyUpdatePhoneRequestRespDto",
]


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


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdatePhoneRequestRespDto(WireBacked):
    """Wire model ``VerifyUpdatePhoneRequestRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyUpdatePhoneRequestData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyUpdatePhoneRequestData = _attrs.field(metadata={"wire": "data"})
