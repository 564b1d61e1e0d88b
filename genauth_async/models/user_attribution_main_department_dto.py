# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserAttributionMainDepartmentDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .invitation_department_resp_dto import InvitationDepartmentRespDto

__all__ = ["UserAttributionMainDepartmentDto"]


@_attrs.define(kw_only=True, slots=True)
class UserAttributionMainDepartmentDto(WireBacked):
    """Wire model ``UserAttributionMainDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
        department_detail: ``departmentDetail``, InvitationDepartmentRespDto, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_detail: InvitationDepartmentRespDto | None = _attrs.field(default=None, metadata={"wire": "departmentDetail"})
