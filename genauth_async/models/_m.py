# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (MFADisableSettingsDto, ..., MultipleTenantAdminPaginatedRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AuthenticateByAlipayDto, AuthenticateByLarkInternalDto, AuthenticateByLarkPublicDto,
    )
    from ._a2 import (
        AuthenticateByWechatDto, AuthenticateByWechatMiniProgramCodeDto,
        AuthenticateByWechatMiniProgramPhoneDto, AuthenticateByWechatworkAgencyDto,
        AuthenticateByWechatworkDto, AuthenticateByYidunDto,
    )
    from ._o import (
        OtpVerityRespDto,
    )
    from ._r import (
        RowDto,
    )
    from ._s1 import (
        SignInByMobileOptionsDto,
    )

__all__ = [
    "MFADisableSettingsDto", "MFASettingsDto", "MFASettingsRespDto", "MauPeriodUsageHistory",
    "MauPeriodUsageHistoryDto", "MetadataGroupDto", "MetadataListResDto",
    "MfaDisableSettingsDtoDisableFactors", "MfaOtpVerityDto", "MfaOtpVerityRespDto",
    "MfaSettingsDtoEnabledFactors", "MfaTokenIntrospectEndpointParams",
    "MfaTokenIntrospectResponse", "MobileSignInDto", "MobileSignInDtoConnection",
    "MultipleTenantAdminDto", "MultipleTenantAdminListPagingDto",
    "MultipleTenantAdminPaginatedRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class MFADisableSettingsDto:
    """Wire model ``MFADisableSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        disable_factors: ``disableFactors``, list[MfaDisableSettingsDtoDisableFactors], required
    """

    disable_factors: List[MfaDisableSettingsDtoDisableFactors] = _attrs.field(metadata={"wire": "disableFactors"})


@_attrs.define(kw_only=True, slots=True)
class MFASettingsDto:
    """Wire model ``MFASettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled_factors: ``enabledFactors``, list[MfaSettingsDtoEnabledFactors], required
    """

    enabled_factors: List[MfaSettingsDtoEnabledFactors] = _attrs.field(metadata={"wire": "enabledFactors"})


@_attrs.define(kw_only=True, slots=True)
class MFASettingsRespDto:
    """Wire model ``MFASettingsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, MFASettingsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: MFASettingsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class MauPeriodUsageHistory:
    """Wire model ``MauPeriodUsageHistory`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        records: ``records``, list[MauPeriodUsageHistoryDto], required
    """

    records: List[MauPeriodUsageHistoryDto] = _attrs.field(metadata={"wire": "records"})


@_attrs.define(kw_only=True, slots=True)
class MauPeriodUsageHistoryDto:
    """Wire model ``MauPeriodUsageHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        period_start_time: ``periodStartTime``, str, required
        period_end_time: ``periodEndTime``, str, required
        amount: ``amount``, str, required
        current: ``current``, str, required
    """

    period_start_time: str = _attrs.field(metadata={"wire": "periodStartTime"})
    period_end_time: str = _attrs.field(metadata={"wire": "periodEndTime"})
    amount: str = _attrs.field(metadata={"wire": "amount"})
    current: str = _attrs.field(metadata={"wire": "current"})


@_attrs.define(kw_only=True, slots=True)
class MetadataGroupDto:
    """Wire model ``MetadataGroupDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, str, required
        keyword: ``keyword``, str, optional
        sort: ``sort``, list[Any], optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        get_nest_data: ``getNestData``, bool, optional
    """

    group_id: str = _attrs.field(metadata={"wire": "groupId"})
    keyword: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keyword"})
    sort: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    get_nest_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getNestData"})


@_attrs.define(kw_only=True, slots=True)
class MetadataListResDto:
    """Wire model ``MetadataListResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, list[RowDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: List[RowDto] = _attrs.field(metadata={"wire": "data"})


class MfaDisableSettingsDtoDisableFactors(WireEnum):
    """Enum of ``MFADisableSettingsDto.disableFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class MfaOtpVerityDto:
    """Wire model ``MfaOtpVerityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        totp: ``totp``, str, required
    """

    totp: str = _attrs.field(metadata={"wire": "totp"})


@_attrs.define(kw_only=True, slots=True)
class MfaOtpVerityRespDto:
    """Wire model ``MfaOtpVerityRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OtpVerityRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OtpVerityRespDto = _attrs.field(metadata={"wire": "data"})


class MfaSettingsDtoEnabledFactors(WireEnum):
    """Enum of ``MFASettingsDto.enabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class MfaTokenIntrospectEndpointParams:
    """Wire model ``MfaTokenIntrospectEndpointParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, required
    """

    token: str = _attrs.field(metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class MfaTokenIntrospectResponse:
    """Wire model ``MfaTokenIntrospectResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
        user_pool_id: ``userPoolId``, str, optional
        user_id: ``userId``, str, optional
        exp: ``exp``, int, optional
        iat: ``iat``, int, optional
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
    user_pool_id: str | None = _attrs.field(default=None, metadata={"wire": "userPoolId"})
    user_id: str | None = _attrs.field(default=None, metadata={"wire": "userId"})
    exp: int | None = _attrs.field(default=None, metadata={"wire": "exp"})
    iat: int | None = _attrs.field(default=None, metadata={"wire": "iat"})


@_attrs.define(kw_only=True, slots=True)
class MobileSignInDto:
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
class MultipleTenantAdminListPagingDto:
    """Wire model ``MultipleTenantAdminListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[MultipleTenantAdminDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[MultipleTenantAdminDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class MultipleTenantAdminPaginatedRespDto:
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
