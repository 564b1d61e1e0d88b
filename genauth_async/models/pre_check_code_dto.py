# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreCheckCodeDto`` and its enum (PreCheckCodeDtoCodeType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .pre_check_email_code_dto import PreCheckEmailCodeDto
from .pre_check_sms_code_dto import PreCheckSmsCodeDto

__all__ = ["PreCheckCodeDto", "PreCheckCodeDtoCodeType"]


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeDto:
    """Wire model ``PreCheckCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_type: ``codeType``, PreCheckCodeDtoCodeType, required
        sms_code_payload: ``smsCodePayload``, PreCheckSmsCodeDto, optional
        email_code_payload: ``emailCodePayload``, PreCheckEmailCodeDto, optional
    """

    code_type: PreCheckCodeDtoCodeType = _attrs.field(metadata={"wire": "codeType"})
    sms_code_payload: PreCheckSmsCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smsCodePayload"})
    email_code_payload: PreCheckEmailCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailCodePayload"})


class PreCheckCodeDtoCodeType(WireEnum):
    """Enum of ``PreCheckCodeDto.codeType`` (unknown wire values are kept, not rejected)."""

    SMS = "SMS"
    EMAIL = "EMAIL"
