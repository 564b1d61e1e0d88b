# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncRiskOperationDto`` and its enums (SyncRiskOperationDtoObjectType, SyncRiskOperationDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SyncRiskOperationDto", "SyncRiskOperationDtoObjectType", "SyncRiskOperationDtoStatus"]


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
