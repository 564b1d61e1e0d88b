# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListSimpleDataPoliciesPaginatedRespDto, ..., ListTenantApplicationsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d1 import (
        DataPoliciesSimplePaginatedRespDto,
    )

__all__ = [
    "ListSimpleDataPoliciesPaginatedRespDto", "ListSimpleDataPoliciesRespDto",
    "ListSyncJobLogsDto", "ListSyncJobLogsParamsAction", "ListSyncJobLogsParamsObjectType",
    "ListSyncJobsDto", "ListSyncJobsParamsSyncTrigger", "ListSyncRiskOperationsDto",
    "ListSyncRiskOperationsParamsObjectType", "ListSyncRiskOperationsParamsStatus",
    "ListSyncTasksDto", "ListTenantAdminDto", "ListTenantApplicationsDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesPaginatedRespDto(WireBacked):
    """Wire model ``ListSimpleDataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataPoliciesSimplePaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataPoliciesSimplePaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesRespDto:
    """Wire model ``ListSimpleDataPoliciesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobLogsDto:
    """Wire model ``ListSyncJobLogsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        success: ``success``, Any, optional
        action: ``action``, Any, optional
        object_type: ``objectType``, Any, optional
    """

    sync_job_id: Any = _attrs.field(default=None, metadata={"wire": "syncJobId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    success: Any = _attrs.field(default=None, metadata={"wire": "success"})
    action: Any = _attrs.field(default=None, metadata={"wire": "action"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})


class ListSyncJobLogsParamsAction(WireEnum):
    """Enum of ``ListSyncJobLogsParams.action`` (unknown wire values are kept, not rejected)."""

    CREATEUSER = "CreateUser"
    UPDATEUSER = "UpdateUser"
    DELETEUSER = "DeleteUser"
    UPDATEUSERIDENTIFIER = "UpdateUserIdentifier"
    CHANGEUSERDEPARTMENT = "ChangeUserDepartment"
    CREATEDEPARTMENT = "CreateDepartment"
    UPDATEDEPARTMENT = "UpdateDepartment"
    DELETEDEPARTMENT = "DeleteDepartment"
    MOVEDEPARTMENT = "MoveDepartment"
    UPDATEDEPARTMENTLEADER = "UpdateDepartmentLeader"
    CREATEGROUP = "CreateGroup"
    UPDATEGROUP = "UpdateGroup"
    DELETEGROUP = "DeleteGroup"
    UPDATELESS = "Updateless"


class ListSyncJobLogsParamsObjectType(WireEnum):
    """Enum of ``ListSyncJobLogsParams.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobsDto:
    """Wire model ``ListSyncJobsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        sync_trigger: ``syncTrigger``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    sync_trigger: Any = _attrs.field(default=None, metadata={"wire": "syncTrigger"})


class ListSyncJobsParamsSyncTrigger(WireEnum):
    """Enum of ``ListSyncJobsParams.syncTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


@_attrs.define(kw_only=True, slots=True)
class ListSyncRiskOperationsDto:
    """Wire model ``ListSyncRiskOperationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        object_type: ``objectType``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})


class ListSyncRiskOperationsParamsObjectType(WireEnum):
    """Enum of ``ListSyncRiskOperationsParams.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


class ListSyncRiskOperationsParamsStatus(WireEnum):
    """Enum of ``ListSyncRiskOperationsParams.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"


@_attrs.define(kw_only=True, slots=True)
class ListSyncTasksDto:
    """Wire model ``ListSyncTasksDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantAdminDto:
    """Wire model ``ListTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        page: ``page``, str, optional
        limit: ``limit``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    page: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantApplicationsDto:
    """Wire model ``ListTenantApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
