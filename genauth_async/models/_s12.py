# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SubjectDto, ..., SyncJobSingleRespDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "SubjectDto", "SubjectDtoType", "SubjectRespDto", "SubjectRespDtoType", "SuspendTerminalDto",
    "SuspendTerminalUserDto", "SyncJobDto", "SyncJobDtoSyncFlow", "SyncJobDtoSyncStatus",
    "SyncJobDtoSyncTrigger", "SyncJobPaginatedRespDto", "SyncJobPagingDto", "SyncJobSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class SubjectDto:
    """Wire model ``SubjectDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, SubjectDtoType, required
        name: ``name``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: SubjectDtoType = _attrs.field(metadata={"wire": "type"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


class SubjectDtoType(WireEnum):
    """Enum of ``SubjectDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class SubjectRespDto:
    """Wire model ``SubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, SubjectRespDtoType, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: SubjectRespDtoType = _attrs.field(metadata={"wire": "type"})
    name: str = _attrs.field(metadata={"wire": "name"})


class SubjectRespDtoType(WireEnum):
    """Enum of ``SubjectRespDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class SuspendTerminalDto:
    """Wire model ``SuspendTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, int, required
        id: ``id``, str, required
    """

    end_time: int = _attrs.field(metadata={"wire": "endTime"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class SuspendTerminalUserDto:
    """Wire model ``SuspendTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, str, required
        user_id: ``userId``, str, required
        id: ``id``, str, required
    """

    end_time: str = _attrs.field(metadata={"wire": "endTime"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    id: str = _attrs.field(metadata={"wire": "id"})


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


@_attrs.define(kw_only=True, slots=True)
class SyncJobPaginatedRespDto(WireBacked):
    """Wire model ``SyncJobPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncJobPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncJobPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncJobPagingDto(WireBacked):
    """Wire model ``SyncJobPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncJobDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncJobDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncJobSingleRespDto(WireBacked):
    """Wire model ``SyncJobSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncJobDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncJobDto = _attrs.field(metadata={"wire": "data"})
