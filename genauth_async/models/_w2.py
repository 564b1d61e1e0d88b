# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (WebhookEventListRespDto, ..., WhiteListSettingsDataDtoTargetType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s9 import (
        SignInOptionsDto,
    )
    from ._w1 import (
        WebhookEventListData,
    )

__all__ = [
    "WebhookEventListRespDto", "WebhookLogDto", "WebhookRetryConfigV3Dto",
    "WebhookRetryConfigV3DtoDelayUnit", "WechatIdentityResolveRespDataDto",
    "WechatIdentityResolveRespDto", "WechatLoginTokenRespDto",
    "WechatMobileAuthByCodeIdentityInput", "WechatMobileAuthByCodeInput",
    "WhiteListSettingsDataDto", "WhiteListSettingsDataDtoTargetType",
]


@_attrs.define(kw_only=True, slots=True)
class WebhookEventListRespDto(WireBacked):
    """Wire model ``WebhookEventListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WebhookEventListData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WebhookEventListData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class WebhookLogDto:
    """Wire model ``WebhookLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        event_name: ``eventName``, str, required
        request_body: ``requestBody``, Any, required
        request_headers: ``requestHeaders``, Any, required
        response_status_code: ``responseStatusCode``, int, required
        response_headers: ``responseHeaders``, Any, required
        response_body: ``responseBody``, Any, required
        timestamp: ``timestamp``, str, required
        success: ``success``, bool, required
        error_message: ``errorMessage``, str, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    event_name: str = _attrs.field(metadata={"wire": "eventName"})
    request_body: Any = _attrs.field(metadata={"wire": "requestBody"})
    request_headers: Any = _attrs.field(metadata={"wire": "requestHeaders"})
    response_status_code: int = _attrs.field(metadata={"wire": "responseStatusCode"})
    response_headers: Any = _attrs.field(metadata={"wire": "responseHeaders"})
    response_body: Any = _attrs.field(metadata={"wire": "responseBody"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    error_message: str | None = _attrs.field(default=None, metadata={"wire": "errorMessage"})


@_attrs.define(kw_only=True, slots=True)
class WebhookRetryConfigV3Dto:
    """Wire model ``WebhookRetryConfigV3Dto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        count: ``count``, int, optional
        delay: ``delay``, int, optional
        delay_unit: ``delayUnit``, WebhookRetryConfigV3DtoDelayUnit, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    count: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "count"})
    delay: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "delay"})
    delay_unit: WebhookRetryConfigV3DtoDelayUnit | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "delayUnit"})


class WebhookRetryConfigV3DtoDelayUnit(WireEnum):
    """Enum of ``WebhookRetryConfigV3Dto.delayUnit`` (unknown wire values are kept, not rejected)."""

    SECOND = "Second"
    MINUTE = "Minute"
    HOUR = "Hour"
    DAY = "Day"


@_attrs.define(kw_only=True, slots=True)
class WechatIdentityResolveRespDataDto:
    """Wire model ``WechatIdentityResolveRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        methods: ``methods``, list[str], optional
        accounts: ``accounts``, list[str], optional
        key: ``key``, str, required
    """

    methods: List[str] | None = _attrs.field(default=None, metadata={"wire": "methods"})
    accounts: List[str] | None = _attrs.field(default=None, metadata={"wire": "accounts"})
    key: str = _attrs.field(metadata={"wire": "key"})


@_attrs.define(kw_only=True, slots=True)
class WechatIdentityResolveRespDto(WireBacked):
    """Wire model ``WechatIdentityResolveRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        unique_id: ``uniqueId``, str, optional
        code: ``code``, int, optional
        status_code: ``statusCode``, int, required
        api_code: ``apiCode``, int, optional
        message: ``message``, str, required
        data: ``data``, WechatIdentityResolveRespDataDto, required
    """

    unique_id: str | None = _attrs.field(default=None, metadata={"wire": "uniqueId"})
    code: int | None = _attrs.field(default=None, metadata={"wire": "code"})
    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    data: WechatIdentityResolveRespDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class WechatLoginTokenRespDto:
    """Wire model ``WechatLoginTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
        refresh_token: ``refresh_token``, str, optional
        token_type: ``token_type``, str, required
        expire_in: ``expire_in``, int, required
    """

    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
    refresh_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "refresh_token"})
    token_type: str = _attrs.field(metadata={"wire": "token_type"})
    expire_in: int = _attrs.field(metadata={"wire": "expire_in"})


@_attrs.define(kw_only=True, slots=True)
class WechatMobileAuthByCodeIdentityInput:
    """Wire model ``WechatMobileAuthByCodeIdentityInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        app_id: ``appId``, str, optional
        conn_id: ``connId``, str, optional
        options: ``options``, SignInOptionsDto, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
    conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "connId"})
    options: SignInOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class WechatMobileAuthByCodeInput:
    """Wire model ``WechatMobileAuthByCodeInput`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        app_id: ``appId``, str, optional
        conn_id: ``connId``, str, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    app_id: str | None = _attrs.field(default=None, metadata={"wire": "appId"})
    conn_id: str | None = _attrs.field(default=None, metadata={"wire": "connId"})


@_attrs.define(kw_only=True, slots=True)
class WhiteListSettingsDataDto:
    """Wire model ``WhiteListSettingsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        target_type: ``targetType``, WhiteListSettingsDataDtoTargetType, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    target_type: WhiteListSettingsDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})


class WhiteListSettingsDataDtoTargetType(WireEnum):
    """Enum of ``WhiteListSettingsDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"
