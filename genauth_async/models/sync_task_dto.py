# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskDto`` and its enums (SyncTaskDtoLastSyncStatus, SyncTaskDtoSyncFlow, SyncTaskDtoSyncTaskType, SyncTaskDtoSyncTrigger)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .sync_task_field_mapping import SyncTaskFieldMapping
from .sync_task_provisioning_scope import SyncTaskProvisioningScope
from .sync_task_timed_scheduler import SyncTaskTimedScheduler

__all__ = ["SyncTaskDto", "SyncTaskDtoLastSyncStatus", "SyncTaskDtoSyncFlow", "SyncTaskDtoSyncTaskType", "SyncTaskDtoSyncTrigger"]


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
