# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (MobileSignInDto, ..., MultipleTenantAdminPaginatedRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a11 import (
        AuthenticateByAlipayDto, AuthenticateByLarkInternalDto, AuthenticateByLarkPublicDto,
        AuthenticateByWechatDto, AuthenticateByWechatMiniProgramCodeDto,
        AuthenticateByWechatMiniProgramPhoneDto, AuthenticateByWechatworkAgencyDto,
        AuthenticateByWechatworkDto, AuthenticateByYidunDto,
    )
    from ._s8 import (
        SignInByMobileOptionsDto,
    )

__all__ = [
    "MobileSignInDto", "MobileSignInDtoConnection", "MultipleTenantAdminDto",
    "MultipleTenantAdminListPagingDto", "MultipleTenantAdminPaginatedRespDto",
]


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


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminDto:
    """Wire model ``MultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        name: ``name``, str, required
        phone: ``phone``, str, required
        email: ``email``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        last_login: ``lastLogin``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    email: str = _attrs.field(metadata={"wire": "email"})
    api_authorized: bool | None = _attrs.field(default=None, metadata={"wire": "apiAuthorized"})
    last_login: str = _attrs.field(metadata={"wire": "lastLogin"})


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminListPagingDto(WireBacked):
    """Wire model ``MultipleTenantAdminListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[MultipleTenantAdminDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[MultipleTenantAdminDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminPaginatedRespDto(WireBacked):
    """Wire model ``MultipleTenantAdminPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, MultipleTenantAdminListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: MultipleTenantAdminListPagingDto = _attrs.field(metadata={"wire": "data"})
