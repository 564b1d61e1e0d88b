# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (WebAuthnCheckValidCredentialsByCredIdsRespDto, ..., WhitelistRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._s1 import (
        SignInOptionsDto,
    )

__all__ = [
    "WebAuthnCheckValidCredentialsByCredIdsRespDto", "WebAuthnRemoveCredentialDto",
    "WebhookCategoryDto", "WebhookDto", "WebhookDtoContentType", "WebhookDtoEvents",
    "WebhookEventDto", "WebhookEventListData", "WebhookEventListRespDto", "WebhookLogDto",
    "WebhookRetryConfigV3Dto", "WebhookRetryConfigV3DtoDelayUnit",
    "WechatIdentityResolveRespDataDto", "WechatIdentityResolveRespDto", "WechatLoginTokenRespDto",
    "WechatMobileAuthByCodeIdentityInput", "WechatMobileAuthByCodeInput",
    "WhiteListSettingsDataDto", "WhiteListSettingsDataDtoTargetType", "WhitelistListRespDto",
    "WhitelistRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class WebAuthnCheckValidCredentialsByCredIdsRespDto:
    """Wire model ``WebAuthnCheckValidCredentialsByCredIdsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[Any], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[Any] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class WebAuthnRemoveCredentialDto:
    """Wire model ``WebAuthnRemoveCredentialDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class WebhookCategoryDto:
    """Wire model ``WebhookCategoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        value: ``value``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    value: str = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class WebhookDto:
    """Wire model ``WebhookDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        name: ``name``, str, required
        url: ``url``, str, required
        content_type: ``contentType``, WebhookDtoContentType, required
        enabled: ``enabled``, bool, required
        events: ``events``, list[WebhookDtoEvents], optional
        secret: ``secret``, str, optional
        retry_config: ``retryConfig``, WebhookRetryConfigV3Dto, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    name: str = _attrs.field(metadata={"wire": "name"})
    url: str = _attrs.field(metadata={"wire": "url"})
    content_type: WebhookDtoContentType = _attrs.field(metadata={"wire": "contentType"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    events: List[WebhookDtoEvents] | None = _attrs.field(default=None, metadata={"wire": "events"})
    secret: str | None = _attrs.field(default=None, metadata={"wire": "secret"})
    retry_config: WebhookRetryConfigV3Dto | None = _attrs.field(default=None, metadata={"wire": "retryConfig"})


class WebhookDtoContentType(WireEnum):
    """Enum of ``WebhookDto.contentType`` (unknown wire values are kept, not rejected)."""

    APPLICATION_JSON = "application/json"
    APPLICATION_X_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"


class WebhookDtoEvents(WireEnum):
    """Enum of ``WebhookDto.events`` (unknown wire values are kept, not rejected)."""

    TEST = "test"
    REGISTER = "register"
    LOGIN = "login"
    MFA_VERIFIED = "mfa:verified"
    KICK = "kick"
    USER_CREATED = "user:created"
    USER_PASSWORD_CHANGED = "user:password-changed"
    USER_UPDATED = "user:updated"
    USER_EMAIL_VERIFIED = "user:email-verified"
    USER_ARCHIVED = "user:archived"
    USER_UNARCHIVED = "user:unarchived"
    USER_BLOCKED = "user:blocked"
    USER_UNBLOCKED = "user:unblocked"
    USER_DELETED = "user:deleted"
    USER_REGISTER_WHITELIST_ADDED = "user:register-whitelist-added"
    USER_REGISTER_WHITELIST_DELETED = "user:register-whitelist-deleted"
    USER_UDV_CHANGED = "user:udv-changed"
    USER_LINK_ACCOUNT = "user:link-account"
    USER_PASSWORD_UPDATE_REMIND = "user:password-update-remind"
    USER_ORGANIZATION_NODE_UPDATE = "user:organization-node-update"
    PERMISSION_REVOKE = "permission:revoke"
    PERMISSION_ADD = "permission:add"
    RESOURCE_CREATED = "resource:created"
    RESOURCE_DELETE = "resource:delete"
    RESOURCE_UPDATED = "resource:updated"
    ROLE_CREATED = "role:created"
    ROLE_UPDATED = "role:updated"
    ROLE_DELETED = "role:deleted"
    ROLE_DISABLE = "role:disable"
    ROLE_ASSIGNED = "role:assigned"
    SUBJECT_REMOVE = "subject:remove"
    ROLE_UNASSIGNED = "role:unassigned"
    ROLE_UDV_CHANGED = "role:udv-changed"
    APPLICATION_MFA_ENABLED = "application:mfa:enabled"
    APPLICATION_MFA_DISABLED = "application:mfa:disabled"
    GROUP_CREATED = "group:created"
    GROUP_UPDATED = "group:updated"
    GROUP_DELETED = "group:deleted"
    GROUP_MEMBER_ADDED = "group:member-added"
    GROUP_MEMBER_REMOVED = "group:member-removed"
    ORGANIZATION_CREATED = "organization:created"
    ORGANIZATION_IMPORTED = "organization:imported"
    ORGANIZATION_DELETED = "organization:deleted"
    ORGANIZATION_NODE_ADDED = "organization:node-added"
    ORGANIZATION_NODE_UPDATED = "organization:node-updated"
    ORGANIZATION_TREE_UPDATED = "organization:tree-updated"
    ORGANIZATION_NODE_DELETED = "organization:node-deleted"
    ORGANIZATION_NODE_MOVED = "organization:node-moved"
    ORGANIZATION_MEMBER_ADDED = "organization:member-added"
    ORGANIZATION_MEMBER_REMOVED = "organization:member-removed"
    ORGANIZATION_UDV_CHANGED = "organization:udv-changed"
    PRIVILEGE_NAMESPACE_CREATED = "privilege-namespace:created"
    PRIVILEGE_NAMESPACE_UPDATED = "privilege-namespace:updated"
    PRIVILEGE_NAMESPACE_DELETED = "privilege-namespace:deleted"
    USER_POOL_COOPERATOR_ADDED = "user-pool:cooperator-added"
    USER_POOL_COOPERATOR_REMOVED = "user-pool:cooperator-removed"
    USER_POOL_SECRET_REFRESHED = "user-pool:secret-refreshed"
    USER_POOL_UPDATED = "user-pool:updated"
    USER_POOL_UDF_ADDED = "user-pool:udf-added"
    USER_POOL_UDF_DELETED = "user-pool:udf-deleted"
    USER_POOL_ENV_ADDED = "user-pool:env-added"
    USER_POOL_ENV_DELETED = "user-pool:env-deleted"
    USER_POOL_ENV_UPDATED = "user-pool:env-updated"
    USER_POOL_LAUNCHPAD_APP_INSTALLED = "user-pool:launchpad-app-installed"
    USER_POOL_LAUNCHPAD_APP_UNINSTALLED = "user-pool:launchpad-app-uninstalled"
    APPLICATION_CREATED = "application:created"
    APPLICATION_UPDATED = "application:updated"
    APPLICATION_DELETED = "application:deleted"
    APPLICATION_SECRET_REFRESHED = "application:secret-refreshed"
    DATA_RESOURCE_CREATED = "data-resource:created"
    DATA_RESOURCE_UPDATED = "data-resource:updated"
    DATA_RESOURCE_DELETED = "data-resource:deleted"
    DATA_STRATEGY_PERMISSION_REVOKE = "data-strategy-permission:revoke"
    DATA_STRATEGY_PERMISSION_ADD = "data-strategy-permission:add"
    UNUSUAL_LOCATION_LOGIN = "unusual-location:login"
    REFRESH_TOKEN = "refresh-token"


@_attrs.define(kw_only=True, slots=True)
class WebhookEventDto:
    """Wire model ``WebhookEventDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        value: ``value``, str, required
        category: ``category``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    value: str = _attrs.field(metadata={"wire": "value"})
    category: str = _attrs.field(metadata={"wire": "category"})


@_attrs.define(kw_only=True, slots=True)
class WebhookEventListData:
    """Wire model ``WebhookEventListData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        categories: ``categories``, list[WebhookCategoryDto], required
        events: ``events``, list[WebhookEventDto], required
    """

    categories: List[WebhookCategoryDto] = _attrs.field(metadata={"wire": "categories"})
    events: List[WebhookEventDto] = _attrs.field(metadata={"wire": "events"})


@_attrs.define(kw_only=True, slots=True)
class WebhookEventListRespDto:
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
class WechatIdentityResolveRespDto:
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
    access_token: str | None = _attrs.field(default=None, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, metadata={"wire": "id_token"})
    refresh_token: str | None = _attrs.field(default=None, metadata={"wire": "refresh_token"})
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

    code: str = _attrs.field(metadata={"wire": "code"})
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

    code: str = _attrs.field(metadata={"wire": "code"})
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


@_attrs.define(kw_only=True, slots=True)
class WhitelistListRespDto:
    """Wire model ``WhitelistListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WhitelistRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WhitelistRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class WhitelistRespDto:
    """Wire model ``WhitelistRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        created_at: ``createdAt``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
