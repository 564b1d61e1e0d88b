# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (MFADisableSettingsDto, ..., MfaTokenIntrospectResponse)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._o2 import (
        OtpVerityRespDto,
    )
    from ._r9 import (
        RowDto,
    )

__all__ = [
    "MFADisableSettingsDto", "MFASettingsDto", "MFASettingsRespDto", "MauPeriodUsageHistory",
    "MauPeriodUsageHistoryDto", "MetadataGroupDto", "MetadataListResDto",
    "MfaDisableSettingsDtoDisableFactors", "MfaOtpVerityDto", "MfaOtpVerityRespDto",
    "MfaSettingsDtoEnabledFactors", "MfaTokenIntrospectEndpointParams",
    "MfaTokenIntrospectResponse",
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
class MFASettingsRespDto(WireBacked):
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
class MauPeriodUsageHistory(WireBacked):
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
class MetadataListResDto(WireBacked):
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

    totp: str = _attrs.field(repr=_masked, metadata={"wire": "totp"})


@_attrs.define(kw_only=True, slots=True)
class MfaOtpVerityRespDto(WireBacked):
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

    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})


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
