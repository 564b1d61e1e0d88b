# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SyncTaskDto, ..., SyncTaskMaycurClientConfig)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s15 import (
        SyncTaskProvisioningScope, SyncTaskTimedScheduler,
    )

__all__ = [
    "SyncTaskDto", "SyncTaskDtoLastSyncStatus", "SyncTaskDtoSyncFlow", "SyncTaskDtoSyncTaskType",
    "SyncTaskDtoSyncTrigger", "SyncTaskFieldMapping", "SyncTaskFxiaokeClientConfig",
    "SyncTaskItalentClientConfig", "SyncTaskKayangClientConfig", "SyncTaskLarkClientConfig",
    "SyncTaskLdapClientConfig", "SyncTaskMaycurClientConfig",
]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskDto(WireBacked):
    """Wire model ``SyncTaskDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        sync_task_name: ``syncTaskName``, str, required
        sync_task_type: ``syncTaskType``, SyncTaskDtoSyncTaskType, required
        sync_flow: ``syncFlow``, SyncTaskDtoSyncFlow, required
        sync_trigger: ``syncTrigger``, SyncTaskDtoSyncTrigger, required
        last_sync_message: ``lastSyncMessage``, str, optional
        last_sync_rate: ``lastSyncRate``, float, optional
        last_sync_status: ``lastSyncStatus``, SyncTaskDtoLastSyncStatus, optional
        last_sync_time: ``lastSyncTime``, str, optional
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], required
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    sync_task_name: str = _attrs.field(metadata={"wire": "syncTaskName"})
    sync_task_type: SyncTaskDtoSyncTaskType = _attrs.field(metadata={"wire": "syncTaskType"})
    sync_flow: SyncTaskDtoSyncFlow = _attrs.field(metadata={"wire": "syncFlow"})
    sync_trigger: SyncTaskDtoSyncTrigger = _attrs.field(metadata={"wire": "syncTrigger"})
    last_sync_message: str | None = _attrs.field(default=None, metadata={"wire": "lastSyncMessage"})
    last_sync_rate: float | None = _attrs.field(default=None, metadata={"wire": "lastSyncRate"})
    last_sync_status: SyncTaskDtoLastSyncStatus | None = _attrs.field(default=None, metadata={"wire": "lastSyncStatus"})
    last_sync_time: str | None = _attrs.field(default=None, metadata={"wire": "lastSyncTime"})
    organization_code: str | None = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None = _attrs.field(default=None, metadata={"wire": "provisioningScope"})
    field_mapping: List[SyncTaskFieldMapping] = _attrs.field(metadata={"wire": "fieldMapping"})
    timed_scheduler: SyncTaskTimedScheduler | None = _attrs.field(default=None, metadata={"wire": "timedScheduler"})


class SyncTaskDtoLastSyncStatus(WireEnum):
    """Enum of ``SyncTaskDto.lastSyncStatus`` (unknown wire values are kept, not rejected)."""

    FREE = "free"
    PENDING = "pending"
    ON_PROGRESS = "onProgress"
    SUCCESS = "success"
    FAILED = "failed"


class SyncTaskDtoSyncFlow(WireEnum):
    """Enum of ``SyncTaskDto.syncFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class SyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``SyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

    LARK = "lark"
    LARK_INTERNATIONAL = "lark-international"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    ACTIVE_DIRECTORY = "active-directory"
    ITALENT = "italent"
    MAYCUR = "maycur"
    LDAP = "ldap"
    MOKA = "moka"
    FXIAOKE = "fxiaoke"
    SCIM = "scim"
    XIAOSHOUYI = "xiaoshouyi"
    KAYANG = "kayang"
    CUSTOM = "custom"


class SyncTaskDtoSyncTrigger(WireEnum):
    """Enum of ``SyncTaskDto.syncTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


@_attrs.define(kw_only=True, slots=True)
class SyncTaskFieldMapping:
    """Wire model ``SyncTaskFieldMapping`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expression: ``expression``, str, required
        target_key: ``targetKey``, str, required
    """

    expression: str = _attrs.field(metadata={"wire": "expression"})
    target_key: str = _attrs.field(metadata={"wire": "targetKey"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskFxiaokeClientConfig:
    """Wire model ``SyncTaskFxiaokeClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_secret: ``appSecret``, str, required
        permanent_code: ``permanentCode``, str, required
        current_open_user_id: ``currentOpenUserId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    permanent_code: str = _attrs.field(repr=_masked, metadata={"wire": "permanentCode"})
    current_open_user_id: str = _attrs.field(metadata={"wire": "currentOpenUserId"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskItalentClientConfig:
    """Wire model ``SyncTaskItalentClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenant_id``, str, required
        app_key: ``app_key``, str, required
        app_secret: ``app_secret``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenant_id"})
    app_key: str = _attrs.field(metadata={"wire": "app_key"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskKayangClientConfig:
    """Wire model ``SyncTaskKayangClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        endpoint: ``endpoint``, str, required
        account: ``account``, str, required
        password: ``password``, str, required
    """

    endpoint: str = _attrs.field(metadata={"wire": "endpoint"})
    account: str = _attrs.field(metadata={"wire": "account"})
    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskLarkClientConfig:
    """Wire model ``SyncTaskLarkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``app_id``, str, required
        app_secret: ``app_secret``, str, required
        encrypt_key: ``encrypt_key``, str, optional
        verification_token: ``verification_token``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "app_id"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})
    encrypt_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "encrypt_key"})
    verification_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "verification_token"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskLdapClientConfig:
    """Wire model ``SyncTaskLdapClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        url: ``url``, str, required
        bind_dn: ``bindDn``, str, required
        bind_credentials: ``bindCredentials``, str, required
        users_base_dn: ``usersBaseDn``, str, required
        groups_base_dn: ``groupsBaseDn``, str, required
        user_query_criteria: ``userQueryCriteria``, str, required
        department_query_criteria: ``departmentQueryCriteria``, str, required
    """

    url: str = _attrs.field(metadata={"wire": "url"})
    bind_dn: str = _attrs.field(metadata={"wire": "bindDn"})
    bind_credentials: str = _attrs.field(repr=_masked, metadata={"wire": "bindCredentials"})
    users_base_dn: str = _attrs.field(metadata={"wire": "usersBaseDn"})
    groups_base_dn: str = _attrs.field(metadata={"wire": "groupsBaseDn"})
    user_query_criteria: str = _attrs.field(metadata={"wire": "userQueryCriteria"})
    department_query_criteria: str = _attrs.field(metadata={"wire": "departmentQueryCriteria"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskMaycurClientConfig:
    """Wire model ``SyncTaskMaycurClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_code: ``app_code``, str, required
        app_secret: ``app_secret``, str, required
        endpoint: ``endpoint``, str, required
    """

    app_code: str = _attrs.field(metadata={"wire": "app_code"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})
    endpoint: str = _attrs.field(metadata={"wire": "endpoint"})
