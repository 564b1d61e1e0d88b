# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MobileSignInDto`` and its enum (MobileSignInDtoConnection).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from ..sign_in_by_mobile_options_dto import SignInByMobileOptionsDto
from ..unused.authenticate_by_alipay_dto import AuthenticateByAlipayDto
from ..unused.authenticate_by_lark_internal_dto import AuthenticateByLarkInternalDto
from ..unused.authenticate_by_lark_public_dto import AuthenticateByLarkPublicDto
from ..unused.authenticate_by_wechat_dto import AuthenticateByWechatDto
from ..unused.authenticate_by_wechat_mini_program_code_dto import AuthenticateByWechatMiniProgramCodeDto
from ..unused.authenticate_by_wechat_mini_program_phone_dto import AuthenticateByWechatMiniProgramPhoneDto
from ..unused.authenticate_by_wechatwork_agency_dto import AuthenticateByWechatworkAgencyDto
from ..unused.authenticate_by_wechatwork_dto import AuthenticateByWechatworkDto
from ..unused.authenticate_by_yidun_dto import AuthenticateByYidunDto

__all__ = ["MobileSignInDto", "MobileSignInDtoConnection"]


@_attrs.define(kw_only=True, slots=True)
class MobileSignInDto(WireBacked):
    """Wire model ``MobileSignInDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        connection: ``connection``, MobileSignInDtoConnection, required
        wechat_payload: ``wechatPayload``, AuthenticateByWechatDto, optional
        alipay_payload: ``alipayPayload``, AuthenticateByAlipayDto, optional
        wechatwork_payload: ``wechatworkPayload``, AuthenticateByWechatworkDto, optional
        wechatwork_agency_payload: ``wechatworkAgencyPayload``, AuthenticateByWechatworkAgencyDto, optional
        lark_public_payload: ``larkPublicPayload``, AuthenticateByLarkPublicDto, optional
        lark_internal_payload: ``larkInternalPayload``, AuthenticateByLarkInternalDto, optional
        yidun_payload: ``yidunPayload``, AuthenticateByYidunDto, optional
        wechat_mini_program_code_payload: ``wechatMiniProgramCodePayload``, AuthenticateByWechatMiniProgramCodeDto, optional
        wechat_mini_program_phone_payload: ``wechatMiniProgramPhonePayload``, AuthenticateByWechatMiniProgramPhoneDto, optional
        options: ``options``, SignInByMobileOptionsDto, optional
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    connection: MobileSignInDtoConnection = _attrs.field(metadata={"wire": "connection"})
    wechat_payload: AuthenticateByWechatDto | None = _attrs.field(default=None, metadata={"wire": "wechatPayload"})
    alipay_payload: AuthenticateByAlipayDto | None = _attrs.field(default=None, metadata={"wire": "alipayPayload"})
    wechatwork_payload: AuthenticateByWechatworkDto | None = _attrs.field(default=None, metadata={"wire": "wechatworkPayload"})
    wechatwork_agency_payload: AuthenticateByWechatworkAgencyDto | None = _attrs.field(default=None, metadata={"wire": "wechatworkAgencyPayload"})
    lark_public_payload: AuthenticateByLarkPublicDto | None = _attrs.field(default=None, metadata={"wire": "larkPublicPayload"})
    lark_internal_payload: AuthenticateByLarkInternalDto | None = _attrs.field(default=None, metadata={"wire": "larkInternalPayload"})
    yidun_payload: AuthenticateByYidunDto | None = _attrs.field(default=None, metadata={"wire": "yidunPayload"})
    wechat_mini_program_code_payload: AuthenticateByWechatMiniProgramCodeDto | None = _attrs.field(default=None, metadata={"wire": "wechatMiniProgramCodePayload"})
    wechat_mini_program_phone_payload: AuthenticateByWechatMiniProgramPhoneDto | None = _attrs.field(default=None, metadata={"wire": "wechatMiniProgramPhonePayload"})
    options: SignInByMobileOptionsDto | None = _attrs.field(default=None, metadata={"wire": "options"})


class MobileSignInDtoConnection(WireEnum):
    """Enum of ``MobileSignInDto.connection`` (unknown wire values are kept, not rejected)."""

    WECHAT = "wechat"
    ALIPAY = "alipay"
    WECHATWORK = "wechatwork"
    WECHATWORK_AGENCY = "wechatwork_agency"
    LARK_INTERNAL = "lark_internal"
    LARK_PUBLIC = "lark_public"
    YIDUN = "yidun"
    WECHAT_MINI_PROGRAM_CODE = "wechat_mini_program_code"
    WECHAT_MINI_PROGRAM_PHONE = "wechat_mini_program_phone"
