# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TreeResourceAuthAction, ..., TriggerWebhookRespDto)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireBacked

__all__ = [
    "TreeResourceAuthAction", "TreeStructs", "TriggerSyncRiskOperationDto",
    "TriggerSyncRiskOperationsDataDto", "TriggerSyncRiskOperationsRespDto",
    "TriggerSyncTaskDataDto", "TriggerSyncTaskDto", "TriggerSyncTaskRespDto", "TriggerWebhookData",
    "TriggerWebhookDto", "TriggerWebhookRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class TreeResourceAuthAction(WireBacked):
    """Wire model ``TreeResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_auth_action_list: ``nodeAuthActionList``, list[TreeStructs], optional
    """

    node_auth_action_list: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "nodeAuthActionList"})


@_attrs.define(kw_only=True, slots=True)
class TreeStructs(WireBacked):
    """Wire model ``TreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
        children: ``children``, list[TreeStructs], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    children: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "children"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationDto:
    """Wire model ``TriggerSyncRiskOperationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_risk_operation_ids: ``syncRiskOperationIds``, list[int], required
    """

    sync_risk_operation_ids: List[int] = _attrs.field(metadata={"wire": "syncRiskOperationIds"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationsDataDto:
    """Wire model ``TriggerSyncRiskOperationsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success_list: ``successList``, list[int], required
        faild_list: ``faildList``, list[int], required
    """

    success_list: List[int] = _attrs.field(metadata={"wire": "successList"})
    faild_list: List[int] = _attrs.field(metadata={"wire": "faildList"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncRiskOperationsRespDto(WireBacked):
    """Wire model ``TriggerSyncRiskOperationsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerSyncRiskOperationsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerSyncRiskOperationsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDataDto:
    """Wire model ``TriggerSyncTaskDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, int, required
    """

    sync_job_id: int = _attrs.field(metadata={"wire": "syncJobId"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskDto:
    """Wire model ``TriggerSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, int, required
    """

    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})


@_attrs.define(kw_only=True, slots=True)
class TriggerSyncTaskRespDto(WireBacked):
    """Wire model ``TriggerSyncTaskRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerSyncTaskDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerSyncTaskDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookData:
    """Wire model ``TriggerWebhookData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        response: ``response``, Any, required
    """

    response: Any = _attrs.field(metadata={"wire": "response"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookDto:
    """Wire model ``TriggerWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        request_headers: ``requestHeaders``, Any, optional
        request_body: ``requestBody``, Any, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    request_headers: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestHeaders"})
    request_body: Any = _attrs.field(default=_UNSET, metadata={"wire": "requestBody"})


@_attrs.define(kw_only=True, slots=True)
class TriggerWebhookRespDto(WireBacked):
    """Wire model ``TriggerWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TriggerWebhookData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TriggerWebhookData = _attrs.field(metadata={"wire": "data"})
