# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InitiatedApproval`` and its enums (InitiatedApprovalObjectType, InitiatedApprovalStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_permission_apply_approval_object import ApplicationPermissionApplyApprovalObject
from .extra_params import ExtraParams
from .role_permission_apply_approval_object import RolePermissionApplyApprovalObject

__all__ = ["InitiatedApproval", "InitiatedApprovalObjectType", "InitiatedApprovalStatus"]


@_attrs.define(kw_only=True, slots=True)
class InitiatedApproval(WireBacked):
    """Wire model ``InitiatedApproval`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, InitiatedApprovalStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, InitiatedApprovalObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: InitiatedApprovalStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: InitiatedApprovalObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})


class InitiatedApprovalObjectType(WireEnum):
    """Enum of ``InitiatedApproval.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


class InitiatedApprovalStatus(WireEnum):
    """Enum of ``InitiatedApproval.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"
