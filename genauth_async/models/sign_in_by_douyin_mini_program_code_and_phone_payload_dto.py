# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByDouyinMiniProgramCodeAndPhonePayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from .sign_in_by_douyin_mini_program_code_payload_dto import SignInByDouyinMiniProgramCodePayloadDto
from .sign_in_by_douyin_mini_program_phone_info_payload_dto import SignInByDouyinMiniProgramPhoneInfoPayloadDto

__all__ = ["SignInByDouyinMiniProgramCodeAndPhonePayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        login_params: ``loginParams``, SignInByDouyinMiniProgramCodePayloadDto, required
        phone_params: ``phoneParams``, SignInByDouyinMiniProgramPhoneInfoPayloadDto, required
    """

    login_params: SignInByDouyinMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "loginParams"})
    phone_params: SignInByDouyinMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "phoneParams"})
