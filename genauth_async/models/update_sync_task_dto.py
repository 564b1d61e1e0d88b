# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateSyncTaskDto`` and its enums (UpdateSyncTaskDtoSyncTaskFlow, UpdateSyncTaskDtoSyncTaskTrigger, UpdateSyncTaskDtoSyncTaskType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .sync_task_client_config import SyncTaskClientConfig
from .sync_task_field_mapping import SyncTaskFieldMapping
from .sync_task_provisioning_scope import SyncTaskProvisioningScope
from .sync_task_timed_scheduler import SyncTaskTimedScheduler

__all__ = ["UpdateSyncTaskDto", "UpdateSyncTaskDtoSyncTaskFlow", "UpdateSyncTaskDtoSyncTaskTrigger", "UpdateSyncTaskDtoSyncTaskType"]


@_attrs.define(kw_only=True, slots=True)
class UpdateSyncTaskDto:
    """Wire model ``UpdateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
        sync_task_name: ``syncTaskName``, str, optional
        sync_task_type: ``syncTaskType``, UpdateSyncTaskDtoSyncTaskType, optional
        client_config: ``clientConfig``, SyncTaskClientConfig, optional
        sync_task_flow: ``syncTaskFlow``, UpdateSyncTaskDtoSyncTaskFlow, optional
        sync_task_trigger: ``syncTaskTrigger``, UpdateSyncTaskDtoSyncTaskTrigger, optional
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    sync_task_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskName"})
    sync_task_type: UpdateSyncTaskDtoSyncTaskType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskType"})
    client_config: SyncTaskClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientConfig"})
    sync_task_flow: UpdateSyncTaskDtoSyncTaskFlow | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskFlow"})
    sync_task_trigger: UpdateSyncTaskDtoSyncTaskTrigger | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncTaskTrigger"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    field_mapping: List[SyncTaskFieldMapping] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldMapping"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class UpdateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class UpdateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class UpdateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``UpdateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

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
