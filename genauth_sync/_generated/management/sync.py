# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``sync`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class SyncMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``sync``: 13 endpoints."""

    def cancel_sync_risk_operation(
        self,
        sync_risk_operation_ids: List[int],
        **call_options: Unpack[CallOptions],
    ) -> CancelSyncRiskOperationsDataDto:
        """``POST /api/v3/cancel-sync-risk-operation`` -> ``CancelSyncRiskOperationsDataDto``.

        Node-only endpoint, Node ``cancelSyncRiskOperation``; area ``sync``.

        Parameters (name: wire name, location):
            sync_risk_operation_ids: ``syncRiskOperationIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "cancel_sync_risk_operation",
            (sync_risk_operation_ids,),
            call_options,
        )

    def create_sync_task(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_sync_task",
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
            call_options,
        )

    def delete_user_sync_relations(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_user_sync_relations",
            (
                provider,
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_sync_job(
        self,
        sync_job_id: int,
        **call_options: Unpack[CallOptions],
    ) -> SyncJobDto:
        """``GET /api/v3/get-sync-job`` -> ``SyncJobDto``.

        Node-only endpoint, Node ``getSyncJob``; area ``sync``.

        Parameters (name: wire name, location):
            sync_job_id: ``syncJobId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_sync_job",
            (sync_job_id,),
            call_options,
        )

    def get_sync_task(
        self,
        sync_task_id: int,
        **call_options: Unpack[CallOptions],
    ) -> SyncTaskDto:
        """``GET /api/v3/get-sync-task`` -> ``SyncTaskDto``.

        Node-only endpoint, Node ``getSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_sync_task",
            (sync_task_id,),
            call_options,
        )

    def get_user_sync_relations(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_sync_relations",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def list_sync_job_logs(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_sync_job_logs",
            (
                sync_job_id,
                page,
                limit,
                success,
                action,
                object_type,
            ),
            call_options,
        )

    def list_sync_jobs(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_sync_jobs",
            (
                sync_task_id,
                page,
                limit,
                sync_trigger,
            ),
            call_options,
        )

    def iter_list_sync_jobs(
        self,
        sync_task_id: int,
        limit: int | None = None,
        sync_trigger: ListSyncJobsParamsSyncTrigger | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[SyncJobDto]:
        """Every item of ``list_sync_jobs``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_sync_jobs",
            (
                sync_task_id,
                limit,
                sync_trigger,
            ),
            call_options,
        )

    def list_sync_risk_operations(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_sync_risk_operations",
            (
                sync_task_id,
                page,
                limit,
                status,
                object_type,
            ),
            call_options,
        )

    def iter_list_sync_risk_operations(
        self,
        sync_task_id: int,
        limit: int | None = None,
        status: Sequence[ListSyncRiskOperationsParamsStatus | str] | str | None = None,
        object_type: Sequence[ListSyncRiskOperationsParamsObjectType | str] | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[SyncRiskOperationDto]:
        """Every item of ``list_sync_risk_operations``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_sync_risk_operations",
            (
                sync_task_id,
                limit,
                status,
                object_type,
            ),
            call_options,
        )

    def list_sync_tasks(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_sync_tasks",
            (
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_sync_tasks(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[SyncTaskDto]:
        """Every item of ``list_sync_tasks``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_sync_tasks",
            (limit,),
            call_options,
        )

    def trigger_sync_risk_operations(
        self,
        sync_risk_operation_ids: List[int],
        **call_options: Unpack[CallOptions],
    ) -> TriggerSyncRiskOperationsDataDto:
        """``POST /api/v3/trigger-sync-risk-operations`` -> ``TriggerSyncRiskOperationsDataDto``.

        Node-only endpoint, Node ``triggerSyncRiskOperations``; area ``sync``.

        Parameters (name: wire name, location):
            sync_risk_operation_ids: ``syncRiskOperationIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "trigger_sync_risk_operations",
            (sync_risk_operation_ids,),
            call_options,
        )

    def trigger_sync_task(
        self,
        sync_task_id: int,
        **call_options: Unpack[CallOptions],
    ) -> TriggerSyncTaskDataDto:
        """``POST /api/v3/trigger-sync-task`` -> ``TriggerSyncTaskDataDto``.

        Node-only endpoint, Node ``triggerSyncTask``; area ``sync``.

        Parameters (name: wire name, location):
            sync_task_id: ``syncTaskId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "trigger_sync_task",
            (sync_task_id,),
            call_options,
        )

    def update_sync_task(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_sync_task",
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
            call_options,
        )
