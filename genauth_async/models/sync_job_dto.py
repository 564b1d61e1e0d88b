# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncJobDto`` and its enums (SyncJobDtoSyncFlow, SyncJobDtoSyncStatus, SyncJobDtoSyncTrigger)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SyncJobDto", "SyncJobDtoSyncFlow", "SyncJobDtoSyncStatus", "SyncJobDtoSyncTrigger"]


@_attrs.define(kw_only=True, slots=True)
class SyncJobDto:
    """Wire model ``SyncJobDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, int, required
        sync_task_id: ``syncTaskId``, int, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        sync_status: ``syncStatus``, SyncJobDtoSyncStatus, required
        sync_flow: ``syncFlow``, SyncJobDtoSyncFlow, required
        sync_trigger: ``syncTrigger``, SyncJobDtoSyncTrigger, required
        department_count_all: ``departmentCountAll``, int, required
        department_count_succ: ``departmentCountSucc``, int, required
        department_update_count_all: ``departmentUpdateCountAll``, int, required
        department_update_count_succ: ``departmentUpdateCountSucc``, int, required
        account_count_all: ``accountCountAll``, int, required
        account_count_succ: ``accountCountSucc``, int, required
        account_update_count_all: ``accountUpdateCountAll``, int, required
        account_update_count_succ: ``accountUpdateCountSucc``, int, required
        err_msg: ``errMsg``, str, optional
    """

    sync_job_id: int = _attrs.field(metadata={"wire": "syncJobId"})
    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    sync_status: SyncJobDtoSyncStatus = _attrs.field(metadata={"wire": "syncStatus"})
    sync_flow: SyncJobDtoSyncFlow = _attrs.field(metadata={"wire": "syncFlow"})
    sync_trigger: SyncJobDtoSyncTrigger = _attrs.field(metadata={"wire": "syncTrigger"})
    department_count_all: int = _attrs.field(metadata={"wire": "departmentCountAll"})
    department_count_succ: int = _attrs.field(metadata={"wire": "departmentCountSucc"})
    department_update_count_all: int = _attrs.field(metadata={"wire": "departmentUpdateCountAll"})
    department_update_count_succ: int = _attrs.field(metadata={"wire": "departmentUpdateCountSucc"})
    account_count_all: int = _attrs.field(metadata={"wire": "accountCountAll"})
    account_count_succ: int = _attrs.field(metadata={"wire": "accountCountSucc"})
    account_update_count_all: int = _attrs.field(metadata={"wire": "accountUpdateCountAll"})
    account_update_count_succ: int = _attrs.field(metadata={"wire": "accountUpdateCountSucc"})
    err_msg: str | None = _attrs.field(default=None, metadata={"wire": "errMsg"})


class SyncJobDtoSyncFlow(WireEnum):
    """Enum of ``SyncJobDto.syncFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class SyncJobDtoSyncStatus(WireEnum):
    """Enum of ``SyncJobDto.syncStatus`` (unknown wire values are kept, not rejected)."""

    FREE = "free"
    PENDING = "pending"
    ON_PROGRESS = "onProgress"
    SUCCESS = "success"
    FAILED = "failed"


class SyncJobDtoSyncTrigger(WireEnum):
    """Enum of ``SyncJobDto.syncTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"
