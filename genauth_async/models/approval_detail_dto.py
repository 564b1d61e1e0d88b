# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalDetailDto`` and its enums (ApprovalDetailDtoObjectType, ApprovalDetailDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_permission_apply_approval_object import ApplicationPermissionApplyApprovalObject
from .extra_params import ExtraParams
from .role_permission_apply_approval_object import RolePermissionApplyApprovalObject

__all__ = ["ApprovalDetailDto", "ApprovalDetailDtoObjectType", "ApprovalDetailDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalDetailDto(WireBacked):
    """Wire model ``ApprovalDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, ApprovalDetailDtoStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, ApprovalDetailDtoObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: ApprovalDetailDtoStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: ApprovalDetailDtoObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})


class ApprovalDetailDtoObjectType(WireEnum):
    """Enum of ``ApprovalDetailDto.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


class ApprovalDetailDtoStatus(WireEnum):
    """Enum of ``ApprovalDetailDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"
