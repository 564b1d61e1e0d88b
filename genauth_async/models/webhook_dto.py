# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WebhookDto`` and its enums (WebhookDtoContentType, WebhookDtoEvents)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

from .webhook_retry_config_v3_dto import WebhookRetryConfigV3Dto

__all__ = ["WebhookDto", "WebhookDtoContentType", "WebhookDtoEvents"]


@_attrs.define(kw_only=True, slots=True)
class WebhookDto(WireBacked):
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
    secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "secret"})
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
