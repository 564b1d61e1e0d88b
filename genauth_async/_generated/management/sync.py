# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``sync``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CancelSyncRiskOperationsDataDto, CreateSyncTaskDtoSyncTaskFlow,
        CreateSyncTaskDtoSyncTaskTrigger, CreateSyncTaskDtoSyncTaskType,
        DeleteUserSyncRelationReqDtoUserIdType, GetUserSyncRelationsParamsUserIdType, IsSuccessDto,
        ListSyncJobLogsParamsAction, ListSyncJobLogsParamsObjectType,
        ListSyncJobsParamsSyncTrigger, ListSyncRiskOperationsParamsObjectType,
        ListSyncRiskOperationsParamsStatus, SyncJobDto, SyncJobPagingDto, SyncRiskOperationDto,
        SyncRiskOperationPagingDto, SyncTaskClientConfig, SyncTaskDto, SyncTaskFieldMapping,
        SyncTaskPagingDto, SyncTaskProvisioningScope, SyncTaskTimedScheduler,
        TriggerSyncRiskOperationsDataDto, TriggerSyncTaskDataDto, UpdateSyncTaskDtoSyncTaskFlow,
        UpdateSyncTaskDtoSyncTaskTrigger, UpdateSyncTaskDtoSyncTaskType, UserSyncRelationDto,
    )

_EP_CANCEL_SYNC_RISK_OPERATION = Endpoint(
    "cancel_sync_risk_operation",
    "POST",
    "/api/v3/cancel-sync-risk-operation",
    (
        Param("sync_risk_operation_ids", "syncRiskOperationIds", "json", True, "list", "int"),
    ),
    idempotent=False,
)

_EP_CREATE_SYNC_TASK = Endpoint(
    "create_sync_task",
    "POST",
    "/api/v3/create-sync-task",
    (
        Param("field_mapping", "fieldMapping", "json", True, "list", "dict"),
        Param("sync_task_trigger", "syncTaskTrigger", "json", True, "str", "any", ("manually", "timed", "automatic")),
        Param("sync_task_flow", "syncTaskFlow", "json", True, "str", "any", ("upstream", "downstream")),
        Param("client_config", "clientConfig", "json", True, "dict"),
        Param("sync_task_type", "syncTaskType", "json", True, "str", "any", ("lark", "lark-international", "wechatwork", "dingtalk", "active-directory", "italent", "maycur", "ldap", "moka", "fxiaoke", "scim", "xiaoshouyi", "kayang", "custom")),
        Param("sync_task_name", "syncTaskName", "json", True, "str"),
        Param("organization_code", "organizationCode", "json", False, "str"),
        Param("provisioning_scope", "provisioningScope", "json", False, "dict"),
        Param("timed_scheduler", "timedScheduler", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_USER_SYNC_RELATIONS = Endpoint(
    "delete_user_sync_relations",
    "POST",
    "/api/v3/delete-user-sync-relations",
    (
        Param("provider", "provider", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("user_id_type", "userIdType", "json", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=False,
)

_EP_GET_SYNC_JOB = Endpoint(
    "get_sync_job",
    "GET",
    "/api/v3/get-sync-job",
    (
        Param("sync_job_id", "syncJobId", "query", True, "int"),
    ),
    idempotent=True,
)

_EP_GET_SYNC_TASK = Endpoint(
    "get_sync_task",
    "GET",
    "/api/v3/get-sync-task",
    (
        Param("sync_task_id", "syncTaskId", "query", True, "int"),
    ),
    idempotent=True,
)

_EP_GET_USER_SYNC_RELATIONS = Endpoint(
    "get_user_sync_relations",
    "GET",
    "/api/v3/get-user-sync-relations",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_LIST_SYNC_JOB_LOGS = Endpoint(
    "list_sync_job_logs",
    "GET",
    "/api/v3/list-sync-job-logs",
    (
        Param("sync_job_id", "syncJobId", "query", True, "int"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("success", "success", "query", False, "bool"),
        Param("action", "action", "query", False, "str", "any", ("CreateUser", "UpdateUser", "DeleteUser", "UpdateUserIdentifier", "ChangeUserDepartment", "CreateDepartment", "UpdateDepartment", "DeleteDepartment", "MoveDepartment", "UpdateDepartmentLeader", "CreateGroup", "UpdateGroup", "DeleteGroup", "Updateless")),
        Param("object_type", "objectType", "query", False, "str", "any", ("DEPARTMENT", "USER")),
    ),
    idempotent=True,
)

_EP_LIST_SYNC_JOBS = Endpoint(
    "list_sync_jobs",
    "GET",
    "/api/v3/list-sync-jobs",
    (
        Param("sync_task_id", "syncTaskId", "query", True, "int"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("sync_trigger", "syncTrigger", "query", False, "str", "any", ("manually", "timed", "automatic")),
    ),
    idempotent=True,
)

_EP_LIST_SYNC_RISK_OPERATIONS = Endpoint(
    "list_sync_risk_operations",
    "GET",
    "/api/v3/list-sync-risk-operations",
    (
        Param("sync_task_id", "syncTaskId", "query", True, "int"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("status", "status", "query", False, "list", "str"),
        Param("object_type", "objectType", "query", False, "list", "str"),
    ),
    idempotent=True,
)

_EP_LIST_SYNC_TASKS = Endpoint(
    "list_sync_tasks",
    "GET",
    "/api/v3/list-sync-tasks",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_TRIGGER_SYNC_RISK_OPERATIONS = Endpoint(
    "trigger_sync_risk_operations",
    "POST",
    "/api/v3/trigger-sync-risk-operations",
    (
        Param("sync_risk_operation_ids", "syncRiskOperationIds", "json", True, "list", "int"),
    ),
    idempotent=False,
)

_EP_TRIGGER_SYNC_TASK = Endpoint(
    "trigger_sync_task",
    "POST",
    "/api/v3/trigger-sync-task",
    (
        Param("sync_task_id", "syncTaskId", "json", True, "int"),
    ),
    idempotent=False,
)

_EP_UPDATE_SYNC_TASK = Endpoint(
    "update_sync_task",
    "POST",
    "/api/v3/update-sync-task",
    (
        Param("sync_task_id", "syncTaskId", "json", True, "int"),
        Param("sync_task_name", "syncTaskName", "json", False, "str"),
        Param("sync_task_type", "syncTaskType", "json", False, "str", "any", ("lark", "lark-international", "wechatwork", "dingtalk", "active-directory", "italent", "maycur", "ldap", "moka", "fxiaoke", "scim", "xiaoshouyi", "kayang", "custom")),
        Param("client_config", "clientConfig", "json", False, "dict"),
        Param("sync_task_flow", "syncTaskFlow", "json", False, "str", "any", ("upstream", "downstream")),
        Param("sync_task_trigger", "syncTaskTrigger", "json", False, "str", "any", ("manually", "timed", "automatic")),
        Param("organization_code", "organizationCode", "json", False, "str"),
        Param("provisioning_scope", "provisioningScope", "json", False, "dict"),
        Param("field_mapping", "fieldMapping", "json", False, "list", "dict"),
        Param("timed_scheduler", "timedScheduler", "json", False, "dict"),
    ),
    idempotent=False,
)


class SyncMixin(_Caller):
    """Management API, area ``sync``: 13 endpoints."""

    __slots__ = ()

    async def cancel_sync_risk_operation(
        self,
        sync_risk_operation_ids: List[int],
        **call_options: Unpack[CallOptions],
    ) -> CancelSyncRiskOperationsDataDto:
        """``POST /api/v3/cancel-sync-risk-operation`` -> ``CancelSyncRiskOperationsDataDto``.

        Node-only endpoint, Node ``cancelSyncRiskOperation``; area ``sync``.

        Parameters (name: wire name, location):
            sync_risk_operation_ids: ``syncRiskOperationIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CANCEL_SYNC_RISK_OPERATION,
            (sync_risk_operation_ids,),
            "CancelSyncRiskOperationsDataDto",
            _request_options(call_options),
        )

    async def create_sync_task(
        self,
        field_mapping: List[SyncTaskFieldMapping | Mapping[str, Any]],
        sync_task_trigger: CreateSyncTaskDtoSyncTaskTrigger | str,
        sync_task_flow: CreateSyncTaskDtoSyncTaskFlow | str,
        client_config: SyncTaskClientConfig | Mapping[str, Any],
        sync_task_type: CreateSyncTaskDtoSyncTaskType | str,
        sync_task_name: str,
        organization_code: str | None = None,
        provisioning_scope: SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
        timed_scheduler: SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SyncTaskPagingDto:
        """``POST /api/v3/create-sync-task`` -> ``SyncTaskPagingDto``.

        Node-only endpoint, Node ``createSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            field_mapping: ``fieldMapping``, json, required
            sync_task_trigger: ``syncTaskTrigger``, json, required
            sync_task_flow: ``syncTaskFlow``, json, required
            client_config: ``clientConfig``, json, required
            sync_task_type: ``syncTaskType``, json, required
            sync_task_name: ``syncTaskName``, json, required
            organization_code: ``organizationCode``, json
            provisioning_scope: ``provisioningScope``, json
            timed_scheduler: ``timedScheduler``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_SYNC_TASK,
            (
                field_mapping,
                sync_task_trigger,
                sync_task_flow,
                client_config,
                sync_task_type,
                sync_task_name,
                organization_code,
                provisioning_scope,
                timed_scheduler,
            ),
            "SyncTaskPagingDto",
            _request_options(call_options),
        )

    async def delete_user_sync_relations(
        self,
        provider: str,
        user_id: str,
        user_id_type: DeleteUserSyncRelationReqDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-user-sync-relations`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteUserSyncRelations``; area ``sync``.

        Parameters (name: wire name, location):
            provider: ``provider``, json, required
            user_id: ``userId``, json, required
            user_id_type: ``userIdType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_USER_SYNC_RELATIONS,
            (
                provider,
                user_id,
                user_id_type,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_sync_job(
        self,
        sync_job_id: int,
        **call_options: Unpack[CallOptions],
    ) -> SyncJobDto:
        """``GET /api/v3/get-sync-job`` -> ``SyncJobDto``.

        Node-only endpoint, Node ``getSyncJob``; area ``sync``.

        Parameters (name: wire name, location):
            sync_job_id: ``syncJobId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_SYNC_JOB,
            (sync_job_id,),
            "SyncJobDto",
            _request_options(call_options),
        )

    async def get_sync_task(
        self,
        sync_task_id: int,
        **call_options: Unpack[CallOptions],
    ) -> SyncTaskDto:
        """``GET /api/v3/get-sync-task`` -> ``SyncTaskDto``.

        Node-only endpoint, Node ``getSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_SYNC_TASK,
            (sync_task_id,),
            "SyncTaskDto",
            _request_options(call_options),
        )

    async def get_user_sync_relations(
        self,
        user_id: str,
        user_id_type: GetUserSyncRelationsParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserSyncRelationDto]:
        """``GET /api/v3/get-user-sync-relations`` -> ``list[UserSyncRelationDto]``.

        Official python name, Node ``getUserSyncRelations``; area ``sync``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_SYNC_RELATIONS,
            (
                user_id,
                user_id_type,
            ),
            "list[UserSyncRelationDto]",
            _request_options(call_options),
        )

    async def list_sync_job_logs(
        self,
        sync_job_id: int,
        page: int | None = None,
        limit: int | None = None,
        success: bool | None = None,
        action: ListSyncJobLogsParamsAction | str | None = None,
        object_type: ListSyncJobLogsParamsObjectType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TriggerSyncTaskDataDto:
        """``GET /api/v3/list-sync-job-logs`` -> ``TriggerSyncTaskDataDto``.

        Node-only endpoint, Node ``listSyncJobLogs``; area ``sync``.

        Parameters (name: wire name, location):
            sync_job_id: ``syncJobId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            success: ``success``, query
            action: ``action``, query
            object_type: ``objectType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SYNC_JOB_LOGS,
            (
                sync_job_id,
                page,
                limit,
                success,
                action,
                object_type,
            ),
            "TriggerSyncTaskDataDto",
            _request_options(call_options),
        )

    async def list_sync_jobs(
        self,
        sync_task_id: int,
        page: int | None = None,
        limit: int | None = None,
        sync_trigger: ListSyncJobsParamsSyncTrigger | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SyncJobPagingDto:
        """``GET /api/v3/list-sync-jobs`` -> ``SyncJobPagingDto``.

        Node-only endpoint, Node ``listSyncJobs``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            sync_trigger: ``syncTrigger``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SYNC_JOBS,
            (
                sync_task_id,
                page,
                limit,
                sync_trigger,
            ),
            "SyncJobPagingDto",
            _request_options(call_options),
        )

    def iter_list_sync_jobs(
        self,
        sync_task_id: int,
        limit: int | None = None,
        sync_trigger: ListSyncJobsParamsSyncTrigger | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncJobDto]:
        """Every item of ``list_sync_jobs``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_sync_jobs(
                page=page,
                sync_task_id=sync_task_id,
                limit=limit,
                sync_trigger=sync_trigger,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_sync_risk_operations(
        self,
        sync_task_id: int,
        page: int | None = None,
        limit: int | None = None,
        status: Sequence[ListSyncRiskOperationsParamsStatus | str] | str | None = None,
        object_type: Sequence[ListSyncRiskOperationsParamsObjectType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SyncRiskOperationPagingDto:
        """``GET /api/v3/list-sync-risk-operations`` -> ``SyncRiskOperationPagingDto``.

        Node-only endpoint, Node ``listSyncRiskOperations``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, query, required
            page: ``page``, query
            limit: ``limit``, query
            status: ``status``, query
            object_type: ``objectType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SYNC_RISK_OPERATIONS,
            (
                sync_task_id,
                page,
                limit,
                status,
                object_type,
            ),
            "SyncRiskOperationPagingDto",
            _request_options(call_options),
        )

    def iter_list_sync_risk_operations(
        self,
        sync_task_id: int,
        limit: int | None = None,
        status: Sequence[ListSyncRiskOperationsParamsStatus | str] | str | None = None,
        object_type: Sequence[ListSyncRiskOperationsParamsObjectType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncRiskOperationDto]:
        """Every item of ``list_sync_risk_operations``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_sync_risk_operations(
                page=page,
                sync_task_id=sync_task_id,
                limit=limit,
                status=status,
                object_type=object_type,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_sync_tasks(
        self,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SyncTaskPagingDto:
        """``GET /api/v3/list-sync-tasks`` -> ``SyncTaskPagingDto``.

        Node-only endpoint, Node ``listSyncTasks``; area ``sync``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_SYNC_TASKS,
            (
                page,
                limit,
            ),
            "SyncTaskPagingDto",
            _request_options(call_options),
        )

    def iter_list_sync_tasks(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncTaskDto]:
        """Every item of ``list_sync_tasks``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_sync_tasks(
                page=page,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def trigger_sync_risk_operations(
        self,
        sync_risk_operation_ids: List[int],
        **call_options: Unpack[CallOptions],
    ) -> TriggerSyncRiskOperationsDataDto:
        """``POST /api/v3/trigger-sync-risk-operations`` -> ``TriggerSyncRiskOperationsDataDto``.

        Node-only endpoint, Node ``triggerSyncRiskOperations``; area ``sync``.

        Parameters (name: wire name, location):
            sync_risk_operation_ids: ``syncRiskOperationIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_TRIGGER_SYNC_RISK_OPERATIONS,
            (sync_risk_operation_ids,),
            "TriggerSyncRiskOperationsDataDto",
            _request_options(call_options),
        )

    async def trigger_sync_task(
        self,
        sync_task_id: int,
        **call_options: Unpack[CallOptions],
    ) -> TriggerSyncTaskDataDto:
        """``POST /api/v3/trigger-sync-task`` -> ``TriggerSyncTaskDataDto``.

        Node-only endpoint, Node ``triggerSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_TRIGGER_SYNC_TASK,
            (sync_task_id,),
            "TriggerSyncTaskDataDto",
            _request_options(call_options),
        )

    async def update_sync_task(
        self,
        sync_task_id: int,
        sync_task_name: str | None = None,
        sync_task_type: UpdateSyncTaskDtoSyncTaskType | str | None = None,
        client_config: SyncTaskClientConfig | Mapping[str, Any] | None = None,
        sync_task_flow: UpdateSyncTaskDtoSyncTaskFlow | str | None = None,
        sync_task_trigger: UpdateSyncTaskDtoSyncTaskTrigger | str | None = None,
        organization_code: str | None = None,
        provisioning_scope: SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
        field_mapping: List[SyncTaskFieldMapping | Mapping[str, Any]] | None = None,
        timed_scheduler: SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SyncTaskPagingDto:
        """``POST /api/v3/update-sync-task`` -> ``SyncTaskPagingDto``.

        Node-only endpoint, Node ``updateSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, json, required
            sync_task_name: ``syncTaskName``, json
            sync_task_type: ``syncTaskType``, json
            client_config: ``clientConfig``, json
            sync_task_flow: ``syncTaskFlow``, json
            sync_task_trigger: ``syncTaskTrigger``, json
            organization_code: ``organizationCode``, json
            provisioning_scope: ``provisioningScope``, json
            field_mapping: ``fieldMapping``, json
            timed_scheduler: ``timedScheduler``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_SYNC_TASK,
            (
                sync_task_id,
                sync_task_name,
                sync_task_type,
                client_config,
                sync_task_flow,
                sync_task_trigger,
                organization_code,
                provisioning_scope,
                field_mapping,
                timed_scheduler,
            ),
            "SyncTaskPagingDto",
            _request_options(call_options),
        )
