# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListSyncRiskOperationsParams`` endpoint parameters (ListSyncRiskOperationsParamsObjectType, ListSyncRiskOperationsParamsStatus)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListSyncRiskOperationsParamsObjectType", "ListSyncRiskOperationsParamsStatus"]


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
