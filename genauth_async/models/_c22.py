# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateWebhookDtoEvents, ..., CustomFieldDtoDataType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c23 import (
        CustomFieldDtoTargetType, CustomFieldI18n, CustomFieldSelectOption,
    )
    from ._w1 import (
        WebhookDto,
    )

__all__ = [
    "CreateWebhookDtoEvents", "CreateWebhookRespDto", "Credentials", "CredentialsDto",
    "CurrentUsageDto", "CurrentUsageRespDto", "CustomFieldDto", "CustomFieldDtoDataType",
]


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


@_attrs.define(kw_only=True, slots=True)
class CreateWebhookRespDto(WireBacked):
    """Wire model ``CreateWebhookRespDto`` (response side; optional fields default to None).

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
class Credentials:
    """Wire model ``Credentials`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        credential_id: ``credentialId``, Any, optional
    """

    credential_id: Any = _attrs.field(default=None, metadata={"wire": "credentialId"})


@_attrs.define(kw_only=True, slots=True)
class CredentialsDto:
    """Wire model ``CredentialsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageDto:
    """Wire model ``CurrentUsageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        amount: ``amount``, str, required
        current: ``current``, str, required
        experience: ``experience``, bool, required
        model_code: ``modelCode``, str, required
        model_name: ``modelName``, str, required
    """

    amount: str = _attrs.field(metadata={"wire": "amount"})
    current: str = _attrs.field(metadata={"wire": "current"})
    experience: bool = _attrs.field(metadata={"wire": "experience"})
    model_code: str = _attrs.field(metadata={"wire": "modelCode"})
    model_name: str = _attrs.field(metadata={"wire": "modelName"})


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageRespDto(WireBacked):
    """Wire model ``CurrentUsageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        usages: ``usages``, list[CurrentUsageDto], required
    """

    usages: List[CurrentUsageDto] = _attrs.field(metadata={"wire": "usages"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldDto(WireBacked):
    """Wire model ``CustomFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, CustomFieldDtoTargetType, required
        created_at: ``createdAt``, str, optional
        data_type: ``dataType``, CustomFieldDtoDataType, required
        key: ``key``, str, required
        label: ``label``, str, required
        description: ``description``, str, optional
        encrypted: ``encrypted``, bool, optional
        is_unique: ``isUnique``, bool, required
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, required
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        i18n: ``i18n``, CustomFieldI18n, optional
        options: ``options``, list[CustomFieldSelectOption], optional
    """

    target_type: CustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    created_at: str | None = _attrs.field(default=None, metadata={"wire": "createdAt"})
    data_type: CustomFieldDtoDataType = _attrs.field(metadata={"wire": "dataType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    label: str = _attrs.field(metadata={"wire": "label"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    encrypted: bool | None = _attrs.field(default=None, metadata={"wire": "encrypted"})
    is_unique: bool = _attrs.field(metadata={"wire": "isUnique"})
    user_editable: bool | None = _attrs.field(default=None, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool = _attrs.field(metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None = _attrs.field(default=None, metadata={"wire": "visibleInUserCenter"})
    i18n: CustomFieldI18n | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    options: List[CustomFieldSelectOption] | None = _attrs.field(default=None, metadata={"wire": "options"})


class CustomFieldDtoDataType(WireEnum):
    """Enum of ``CustomFieldDto.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"
