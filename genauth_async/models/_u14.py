# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateWebhookDtoEvents, ..., UserActionLogDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._g2 import (
        GeoIp,
    )
    from ._p1 import (
        ParsedUserAgent,
    )
    from ._u15 import (
        UserActionLogDtoEventType,
    )
    from ._w1 import (
        WebhookDto,
    )

__all__ = [
    "UpdateWebhookDtoEvents", "UpdateWebhooksRespDto", "UploadDataDto", "UploadDto",
    "UploadRespDto", "User", "UserActionLogDto",
]


class UpdateWebhookDtoEvents(WireEnum):
    """Enum of ``UpdateWebhookDto.events`` (unknown wire values are kept, not rejected)."""

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
class UpdateWebhooksRespDto(WireBacked):
    """Wire model ``UpdateWebhooksRespDto`` (response side; optional fields default to None).

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
class UploadDataDto:
    """Wire model ``UploadDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        url: ``url``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class UploadDto:
    """Wire model ``UploadDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        folder: ``folder``, str, optional
        is_private: ``isPrivate``, bool, optional
    """

    folder: str | None = _attrs.field(default=None, metadata={"wire": "folder"})
    is_private: bool | None = _attrs.field(default=None, metadata={"wire": "isPrivate"})


@_attrs.define(kw_only=True, slots=True)
class UploadRespDto(WireBacked):
    """Wire model ``UploadRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UploadDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UploadDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class User:
    """Wire model ``User`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class UserActionLogDto(WireBacked):
    """Wire model ``UserActionLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_avatar: ``userAvatar``, str, required
        user_display_name: ``userDisplayName``, str, required
        user_logins_count: ``userLoginsCount``, int, required
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, UserActionLogDtoEventType, required
        event_detail: ``eventDetail``, str, optional
        success: ``success``, bool, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        user_agent: ``userAgent``, str, required
        parsed_user_agent: ``parsedUserAgent``, ParsedUserAgent, required
        geoip: ``geoip``, GeoIp, required
        timestamp: ``timestamp``, str, required
        request_id: ``requestId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_avatar: str = _attrs.field(metadata={"wire": "userAvatar"})
    user_display_name: str = _attrs.field(metadata={"wire": "userDisplayName"})
    user_logins_count: int = _attrs.field(metadata={"wire": "userLoginsCount"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    client_ip: str | None = _attrs.field(default=None, metadata={"wire": "clientIp"})
    event_type: UserActionLogDtoEventType = _attrs.field(metadata={"wire": "eventType"})
    event_detail: str | None = _attrs.field(default=None, metadata={"wire": "eventDetail"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    parsed_user_agent: ParsedUserAgent = _attrs.field(metadata={"wire": "parsedUserAgent"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    request_id: str = _attrs.field(metadata={"wire": "requestId"})
