# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateSyncTaskDto`` and its enums (CreateSyncTaskDtoSyncTaskFlow, CreateSyncTaskDtoSyncTaskTrigger, CreateSyncTaskDtoSyncTaskType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .sync_task_client_config import SyncTaskClientConfig
from .sync_task_field_mapping import SyncTaskFieldMapping
from .sync_task_provisioning_scope import SyncTaskProvisioningScope
from .sync_task_timed_scheduler import SyncTaskTimedScheduler

__all__ = ["CreateSyncTaskDto", "CreateSyncTaskDtoSyncTaskFlow", "CreateSyncTaskDtoSyncTaskTrigger", "CreateSyncTaskDtoSyncTaskType"]


@_attrs.define(kw_only=True, slots=True)
class CreateSyncTaskDto:
    """Wire model ``CreateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], required
        sync_task_trigger: ``syncTaskTrigger``, CreateSyncTaskDtoSyncTaskTrigger, required
        sync_task_flow: ``syncTaskFlow``, CreateSyncTaskDtoSyncTaskFlow, required
        client_config: ``clientConfig``, SyncTaskClientConfig, required
        sync_task_type: ``syncTaskType``, CreateSyncTaskDtoSyncTaskType, required
        sync_task_name: ``syncTaskName``, str, required
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    field_mapping: List[SyncTaskFieldMapping] = _attrs.field(metadata={"wire": "fieldMapping"})
    sync_task_trigger: CreateSyncTaskDtoSyncTaskTrigger = _attrs.field(metadata={"wire": "syncTaskTrigger"})
    sync_task_flow: CreateSyncTaskDtoSyncTaskFlow = _attrs.field(metadata={"wire": "syncTaskFlow"})
    client_config: SyncTaskClientConfig = _attrs.field(metadata={"wire": "clientConfig"})
    sync_task_type: CreateSyncTaskDtoSyncTaskType = _attrs.field(metadata={"wire": "syncTaskType"})
    sync_task_name: str = _attrs.field(metadata={"wire": "syncTaskName"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class CreateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class CreateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class CreateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

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
