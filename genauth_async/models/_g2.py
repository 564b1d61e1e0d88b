# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GenerateInviteeTokenRespDto, ..., GetAccessibleAppsRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a1 import (
        AccessibleAppsDto,
    )
    from ._g1 import (
        GenerateInviteeTokenDto,
    )

__all__ = [
    "GenerateInviteeTokenRespDto", "GenerateLinkExtidpUrlDto", "GenerateQrcodeDto",
    "GenerateQrcodeDtoType", "GeoIp", "GeoIpLocation", "GetAccessKeyDto", "GetAccessKeyRespDto",
    "GetAccessKeyResponseDto", "GetAccessibleAppsRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteeTokenRespDto(WireBacked):
    """Wire model ``GenerateInviteeTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateInviteeTokenDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateInviteeTokenDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateLinkExtidpUrlDto:
    """Wire model ``GenerateLinkExtidpUrlDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
        need_url_redirect: ``needUrlRedirect``, Any, optional
        only_redirect_token: ``onlyRedirectToken``, Any, optional
        need_form_post: ``needFormPost``, Any, optional
        target_url: ``targetUrl``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "idToken"})
    need_url_redirect: Any = _attrs.field(default=None, metadata={"wire": "needUrlRedirect"})
    only_redirect_token: Any = _attrs.field(default=None, metadata={"wire": "onlyRedirectToken"})
    need_form_post: Any = _attrs.field(default=None, metadata={"wire": "needFormPost"})
    target_url: Any = _attrs.field(default=None, metadata={"wire": "targetUrl"})


@_attrs.define(kw_only=True, slots=True)
class GenerateQrcodeDto:
    """Wire model ``GenerateQrcodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, GenerateQrcodeDtoType, required
        ext_idp_conn_id: ``extIdpConnId``, str, optional
        custom_data: ``customData``, Any, optional
        context: ``context``, Any, optional
        auto_merge_qr_code: ``autoMergeQrCode``, bool, optional
    """

    type: GenerateQrcodeDtoType = _attrs.field(metadata={"wire": "type"})
    ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    auto_merge_qr_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoMergeQrCode"})


class GenerateQrcodeDtoType(WireEnum):
    """Enum of ``GenerateQrcodeDto.type`` (unknown wire values are kept, not rejected)."""

    MOBILE_APP = "MOBILE_APP"
    WECHAT_MINIPROGRAM = "WECHAT_MINIPROGRAM"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class GeoIp(WireBacked):
    """Wire model ``GeoIp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        location: ``location``, GeoIpLocation, required
        country_name: ``country_name``, str, required
        country_code2: ``country_code2``, str, required
        country_code3: ``country_code3``, str, required
        region_name: ``region_name``, str, required
        region_code: ``region_code``, str, required
        city_name: ``city_name``, str, required
        continent_code: ``continent_code``, str, required
        timezone: ``timezone``, str, required
    """

    location: GeoIpLocation = _attrs.field(metadata={"wire": "location"})
    country_name: str = _attrs.field(metadata={"wire": "country_name"})
    country_code2: str = _attrs.field(metadata={"wire": "country_code2"})
    country_code3: str = _attrs.field(metadata={"wire": "country_code3"})
    region_name: str = _attrs.field(metadata={"wire": "region_name"})
    region_code: str = _attrs.field(metadata={"wire": "region_code"})
    city_name: str = _attrs.field(metadata={"wire": "city_name"})
    continent_code: str = _attrs.field(metadata={"wire": "continent_code"})
    timezone: str = _attrs.field(metadata={"wire": "timezone"})


@_attrs.define(kw_only=True, slots=True)
class GeoIpLocation:
    """Wire model ``GeoIpLocation`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        lon: ``lon``, float, required
        lat: ``lat``, float, required
    """

    lon: float = _attrs.field(metadata={"wire": "lon"})
    lat: float = _attrs.field(metadata={"wire": "lat"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessKeyDto:
    """Wire model ``GetAccessKeyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        access_key_id: ``accessKeyId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    access_key_id: Any = _attrs.field(default=None, metadata={"wire": "accessKeyId"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessKeyRespDto:
    """Wire model ``GetAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessKeyResponseDto(WireBacked):
    """Wire model ``GetAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessibleAppsRespDto(WireBacked):
    """Wire model ``GetAccessibleAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AccessibleAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AccessibleAppsDto] = _attrs.field(metadata={"wire": "data"})
