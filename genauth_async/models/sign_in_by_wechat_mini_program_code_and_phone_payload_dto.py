# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByWechatMiniProgramCodeAndPhonePayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from .sign_in_by_wechat_mini_program_code_payload_dto import SignInByWechatMiniProgramCodePayloadDto
from .sign_in_by_wechat_mini_program_phone_info_payload_dto import SignInByWechatMiniProgramPhoneInfoPayloadDto

__all__ = ["SignInByWechatMiniProgramCodeAndPhonePayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByWechatMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        wx_login_info: ``wxLoginInfo``, SignInByWechatMiniProgramCodePayloadDto, required
        wx_phone_info: ``wxPhoneInfo``, SignInByWechatMiniProgramPhoneInfoPayloadDto, required
    """

    wx_login_info: SignInByWechatMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "wxLoginInfo"})
    wx_phone_info: SignInByWechatMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "wxPhoneInfo"})
