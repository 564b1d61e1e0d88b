# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (StrResourceAuthAction, ..., SystmeInfoVersion)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._u2 import (
        UserSyncRelationDto,
    )

__all__ = [
    "StrResourceAuthAction", "SubjectDto", "SubjectDtoType", "SubjectRespDto",
    "SubjectRespDtoType", "SuspendTerminalDto", "SuspendTerminalUserDto", "SyncJobDto",
    "SyncJobDtoSyncFlow", "SyncJobDtoSyncStatus", "SyncJobDtoSyncTrigger",
    "SyncJobPaginatedRespDto", "SyncJobPagingDto", "SyncJobSingleRespDto",
    "SyncRelationListRespDto", "SyncRiskOperationDto", "SyncRiskOperationDtoObjectType",
    "SyncRiskOperationDtoStatus", "SyncRiskOperationPaginatedRespDto",
    "SyncRiskOperationPagingDto", "SyncTaskActiveDirectoryClientConfig", "SyncTaskClientConfig",
    "SyncTaskDingtalkClientConfig", "SyncTaskDto", "SyncTaskDtoLastSyncStatus",
    "SyncTaskDtoSyncFlow", "SyncTaskDtoSyncTaskType", "SyncTaskDtoSyncTrigger",
    "SyncTaskFieldMapping", "SyncTaskFxiaokeClientConfig", "SyncTaskItalentClientConfig",
    "SyncTaskKayangClientConfig", "SyncTaskLarkClientConfig", "SyncTaskLdapClientConfig",
    "SyncTaskMaycurClientConfig", "SyncTaskMokaClientConfig", "SyncTaskPaginatedRespDto",
    "SyncTaskPagingDto", "SyncTaskProvisioningScope", "SyncTaskScimClientConfig",
    "SyncTaskSingleRespDto", "SyncTaskTimedScheduler", "SyncTaskTimedSchedulerCycle",
    "SyncTaskWechatworkClientConfig", "SyncTaskXiaoshouyiClientConfig", "SystemInfoResp",
    "SystmeInfoRSAConfig", "SystmeInfoSM2Config", "SystmeInfoVersion",
]


@_attrs.define(kw_only=True, slots=True)
class StrResourceAuthAction:
    """Wire model ``StrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
    """

    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})


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
class SyncJobPaginatedRespDto:
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
class SyncJobPagingDto:
    """Wire model ``SyncJobPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncJobDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncJobDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncJobSingleRespDto:
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


@_attrs.define(kw_only=True, slots=True)
class SyncRelationListRespDto:
    """Wire model ``SyncRelationListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserSyncRelationDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserSyncRelationDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationDto:
    """Wire model ``SyncRiskOperationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_risk_operation_id: ``syncRiskOperationId``, int, required
        sync_task_id: ``syncTaskId``, int, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        status: ``status``, SyncRiskOperationDtoStatus, required
        level: ``level``, int, required
        object_type: ``objectType``, SyncRiskOperationDtoObjectType, required
        object_name: ``objectName``, str, required
        object_id: ``objectId``, str, required
        err_msg: ``errMsg``, str, optional
    """

    sync_risk_operation_id: int = _attrs.field(metadata={"wire": "syncRiskOperationId"})
    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    status: SyncRiskOperationDtoStatus = _attrs.field(metadata={"wire": "status"})
    level: int = _attrs.field(metadata={"wire": "level"})
    object_type: SyncRiskOperationDtoObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    err_msg: str | None = _attrs.field(default=None, metadata={"wire": "errMsg"})


class SyncRiskOperationDtoObjectType(WireEnum):
    """Enum of ``SyncRiskOperationDto.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


class SyncRiskOperationDtoStatus(WireEnum):
    """Enum of ``SyncRiskOperationDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationPaginatedRespDto:
    """Wire model ``SyncRiskOperationPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncRiskOperationPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncRiskOperationPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationPagingDto:
    """Wire model ``SyncRiskOperationPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncRiskOperationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncRiskOperationDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskActiveDirectoryClientConfig:
    """Wire model ``SyncTaskActiveDirectoryClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_identity_provider_code: ``syncIdentityProviderCode``, str, optional
        ticket_url: ``ticket_url``, str, optional
    """

    sync_identity_provider_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncIdentityProviderCode"})
    ticket_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ticket_url"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskClientConfig:
    """Wire model ``SyncTaskClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        lark_config: ``larkConfig``, SyncTaskLarkClientConfig, optional
        lark_international_config: ``larkInternationalConfig``, SyncTaskLarkClientConfig, optional
        wechatwork_config: ``wechatworkConfig``, SyncTaskWechatworkClientConfig, optional
        dingtalk_config: ``dingtalkConfig``, SyncTaskDingtalkClientConfig, optional
        moka_config: ``mokaConfig``, SyncTaskMokaClientConfig, optional
        scim_config: ``scimConfig``, SyncTaskScimClientConfig, optional
        active_directory_config: ``activeDirectoryConfig``, SyncTaskActiveDirectoryClientConfig, optional
        ldap_config: ``ldapConfig``, SyncTaskLdapClientConfig, optional
        italent_config: ``italentConfig``, SyncTaskItalentClientConfig, optional
        maycur_config: ``maycurConfig``, SyncTaskMaycurClientConfig, optional
        fxiaoke_config: ``fxiaokeConfig``, SyncTaskFxiaokeClientConfig, optional
        xiaoshouyi_config: ``xiaoshouyiConfig``, SyncTaskXiaoshouyiClientConfig, optional
        kayang_config: ``kayangConfig``, SyncTaskKayangClientConfig, optional
    """

    lark_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkConfig"})
    lark_international_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkInternationalConfig"})
    wechatwork_config: SyncTaskWechatworkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkConfig"})
    dingtalk_config: SyncTaskDingtalkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dingtalkConfig"})
    moka_config: SyncTaskMokaClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mokaConfig"})
    scim_config: SyncTaskScimClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scimConfig"})
    active_directory_config: SyncTaskActiveDirectoryClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "activeDirectoryConfig"})
    ldap_config: SyncTaskLdapClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapConfig"})
    italent_config: SyncTaskItalentClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "italentConfig"})
    maycur_config: SyncTaskMaycurClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "maycurConfig"})
    fxiaoke_config: SyncTaskFxiaokeClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fxiaokeConfig"})
    xiaoshouyi_config: SyncTaskXiaoshouyiClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "xiaoshouyiConfig"})
    kayang_config: SyncTaskKayangClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "kayangConfig"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskDingtalkClientConfig:
    """Wire model ``SyncTaskDingtalkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpId``, str, required
        app_key: ``appKey``, str, required
        app_secret: ``appSecret``, str, required
        aes_key: ``aes_key``, str, optional
        token: ``token``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpId"})
    app_key: str = _attrs.field(metadata={"wire": "appKey"})
    app_secret: str = _attrs.field(metadata={"wire": "appSecret"})
    aes_key: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "aes_key"})
    token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskDto:
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
    app_secret: str = _attrs.field(metadata={"wire": "appSecret"})
    permanent_code: str = _attrs.field(metadata={"wire": "permanentCode"})
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
    app_secret: str = _attrs.field(metadata={"wire": "app_secret"})


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
    password: str = _attrs.field(metadata={"wire": "password"})


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
    app_secret: str = _attrs.field(metadata={"wire": "app_secret"})
    encrypt_key: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encrypt_key"})
    verification_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "verification_token"})


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
    bind_credentials: str = _attrs.field(metadata={"wire": "bindCredentials"})
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
    app_secret: str = _attrs.field(metadata={"wire": "app_secret"})
    endpoint: str = _attrs.field(metadata={"wire": "endpoint"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskMokaClientConfig:
    """Wire model ``SyncTaskMokaClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_name: ``userName``, str, required
        ent_code: ``entCode``, str, required
        api_code_employee: ``apiCode_employee``, str, required
        api_code_department: ``apiCode_department``, str, required
        private_key: ``privateKey``, str, required
    """

    user_name: str = _attrs.field(metadata={"wire": "userName"})
    ent_code: str = _attrs.field(metadata={"wire": "entCode"})
    api_code_employee: str = _attrs.field(metadata={"wire": "apiCode_employee"})
    api_code_department: str = _attrs.field(metadata={"wire": "apiCode_department"})
    private_key: str = _attrs.field(metadata={"wire": "privateKey"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskPaginatedRespDto:
    """Wire model ``SyncTaskPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncTaskPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncTaskPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskPagingDto:
    """Wire model ``SyncTaskPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncTaskDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncTaskDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskProvisioningScope:
    """Wire model ``SyncTaskProvisioningScope`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        all: ``all``, bool, required
        include_new_users: ``includeNewUsers``, bool, required
    """

    all: bool = _attrs.field(metadata={"wire": "all"})
    include_new_users: bool = _attrs.field(metadata={"wire": "includeNewUsers"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskScimClientConfig:
    """Wire model ``SyncTaskScimClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        org_url: ``org_url``, str, optional
        user_url: ``user_url``, str, required
        token: ``token``, str, required
        root_department_id: ``root_department_id``, str, optional
        parent_department: ``parent_department``, str, optional
        department: ``department``, str, optional
    """

    org_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "org_url"})
    user_url: str = _attrs.field(metadata={"wire": "user_url"})
    token: str = _attrs.field(metadata={"wire": "token"})
    root_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "root_department_id"})
    parent_department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parent_department"})
    department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "department"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskSingleRespDto:
    """Wire model ``SyncTaskSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncTaskDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncTaskDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskTimedScheduler:
    """Wire model ``SyncTaskTimedScheduler`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cycle: ``cycle``, SyncTaskTimedSchedulerCycle, required
        start_time: ``startTime``, int, required
    """

    cycle: SyncTaskTimedSchedulerCycle = _attrs.field(metadata={"wire": "cycle"})
    start_time: int = _attrs.field(metadata={"wire": "startTime"})


class SyncTaskTimedSchedulerCycle(WireEnum):
    """Enum of ``SyncTaskTimedScheduler.cycle`` (unknown wire values are kept, not rejected)."""

    MONTH = "month"
    WEEK = "week"
    DAYS = "days"
    SIX_HOURS = "sixHours"
    TWO_HOURS = "twoHours"


@_attrs.define(kw_only=True, slots=True)
class SyncTaskWechatworkClientConfig:
    """Wire model ``SyncTaskWechatworkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpID``, str, required
        secret: ``secret``, str, required
        token: ``token``, str, optional
        encoding_aes_key: ``encodingAESKey``, str, optional
        agent_url: ``agentUrl``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpID"})
    secret: str = _attrs.field(metadata={"wire": "secret"})
    token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "token"})
    encoding_aes_key: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encodingAESKey"})
    agent_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "agentUrl"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskXiaoshouyiClientConfig:
    """Wire model ``SyncTaskXiaoshouyiClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, required
        username: ``username``, str, required
        password: ``password``, str, required
    """

    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str = _attrs.field(metadata={"wire": "client_secret"})
    username: str = _attrs.field(metadata={"wire": "username"})
    password: str = _attrs.field(metadata={"wire": "password"})


@_attrs.define(kw_only=True, slots=True)
class SystemInfoResp:
    """Wire model ``SystemInfoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rsa: ``rsa``, SystmeInfoRSAConfig, required
        sm2: ``sm2``, SystmeInfoSM2Config, required
        version: ``version``, SystmeInfoVersion, required
        public_ips: ``publicIps``, list[str], required
    """

    rsa: SystmeInfoRSAConfig = _attrs.field(metadata={"wire": "rsa"})
    sm2: SystmeInfoSM2Config = _attrs.field(metadata={"wire": "sm2"})
    version: SystmeInfoVersion = _attrs.field(metadata={"wire": "version"})
    public_ips: List[str] = _attrs.field(metadata={"wire": "publicIps"})


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoRSAConfig:
    """Wire model ``SystmeInfoRSAConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_key: ``publicKey``, str, required
    """

    public_key: str = _attrs.field(metadata={"wire": "publicKey"})


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoSM2Config:
    """Wire model ``SystmeInfoSM2Config`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_key: ``publicKey``, str, required
    """

    public_key: str = _attrs.field(metadata={"wire": "publicKey"})


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoVersion:
    """Wire model ``SystmeInfoVersion`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        server: ``server``, str, required
        console: ``console``, str, required
        login: ``login``, str, required
    """

    server: str = _attrs.field(metadata={"wire": "server"})
    console: str = _attrs.field(metadata={"wire": "console"})
    login: str = _attrs.field(metadata={"wire": "login"})
