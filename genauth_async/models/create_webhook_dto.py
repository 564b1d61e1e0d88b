# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateWebhookDto`` and its enums (CreateWebhookDtoContentType, CreateWebhookDtoEvents)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .webhook_retry_config_v3_dto import WebhookRetryConfigV3Dto

__all__ = ["CreateWebhookDto", "CreateWebhookDtoContentType", "CreateWebhookDtoEvents"]


@_attrs.define(kw_only=True, slots=True)
class CreateWebhookDto:
    """Wire model ``CreateWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        content_type: ``contentType``, CreateWebhookDtoContentType, required
        events: ``events``, list[CreateWebhookDtoEvents], required
        url: ``url``, str, required
        name: ``name``, str, required
        enabled: ``enabled``, bool, optional
        secret: ``secret``, str, optional
        retry_config: ``retryConfig``, WebhookRetryConfigV3Dto, optional
    """

    content_type: CreateWebhookDtoContentType = _attrs.field(metadata={"wire": "contentType"})
    events: List[CreateWebhookDtoEvents] = _attrs.field(metadata={"wire": "events"})
    url: str = _attrs.field(metadata={"wire": "url"})
    name: str = _attrs.field(metadata={"wire": "name"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})
    secret: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "secret"})
    retry_config: WebhookRetryConfigV3Dto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "retryConfig"})


class CreateWebhookDtoContentType(WireEnum):
    """Enum of ``CreateWebhookDto.contentType`` (unknown wire values are kept, not rejected)."""

    APPLICATION_JSON = "application/json"
    APPLICATION_X_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"


class CreateWebhookDtoEvents(WireEnum):
    """Enum of ``CreateWebhookDto.events`` (unknown wire values are kept, not rejected)."""

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
