# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserSyncRelationsParamsUserIdType, ..., GetWechatMiniProgramPhoneRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._w1 import (
        WebhookDto,
    )

__all__ = [
    "GetUserSyncRelationsParamsUserIdType", "GetUsersOfPublicAccountDto", "GetWebhookDto",
    "GetWebhookRespDto", "GetWebhooksData", "GetWebhooksRespDto", "GetWechatAccessTokenDataDto",
    "GetWechatAccessTokenDto", "GetWechatAccessTokenInfoRespDto", "GetWechatAccessTokenRespDto",
    "GetWechatMiniProgramPhoneDataDto", "GetWechatMiniProgramPhoneDto",
    "GetWechatMiniProgramPhoneRespDto",
]


class GetUserSyncRelationsParamsUserIdType(WireEnum):
    """Enum of ``GetUserSyncRelationsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUsersOfPublicAccountDto:
    """Wire model ``GetUsersOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_account_id: ``publicAccountId``, Any, optional
    """

    public_account_id: Any = _attrs.field(default=None, metadata={"wire": "publicAccountId"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhookDto:
    """Wire model ``GetWebhookDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, Any, optional
    """

    webhook_id: Any = _attrs.field(default=None, metadata={"wire": "webhookId"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhookRespDto(WireBacked):
    """Wire model ``GetWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WebhookDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WebhookDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhooksData(WireBacked):
    """Wire model ``GetWebhooksData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetWebhooksRespDto(WireBacked):
    """Wire model ``GetWebhooksRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWebhooksData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWebhooksData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDataDto:
    """Wire model ``GetWechatAccessTokenDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``accessToken``, str, required
        expires_at: ``expiresAt``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "accessToken"})
    expires_at: str = _attrs.field(metadata={"wire": "expiresAt"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDto:
    """Wire model ``GetWechatAccessTokenDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_secret: ``appSecret``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenInfoRespDto(WireBacked):
    """Wire model ``GetWechatAccessTokenInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatAccessTokenDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatAccessTokenDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenRespDto(WireBacked):
    """Wire model ``GetWechatAccessTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatAccessTokenDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatAccessTokenDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDataDto:
    """Wire model ``GetWechatMiniProgramPhoneDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pure_phone_number: ``purePhoneNumber``, str, required
        country_code: ``countryCode``, str, required
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pure_phone_number: str = _attrs.field(metadata={"wire": "purePhoneNumber"})
    country_code: str = _attrs.field(metadata={"wire": "countryCode"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDto:
    """Wire model ``GetWechatMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        code: ``code``, str, required
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneRespDto(WireBacked):
    """Wire model ``GetWechatMiniProgramPhoneRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetWechatMiniProgramPhoneDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetWechatMiniProgramPhoneDataDto = _attrs.field(metadata={"wire": "data"})
