# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserAttributionDto`` and its enum (UserAttributionDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .group_dto import GroupDto
from .invitation_department_resp_dto import InvitationDepartmentRespDto
from .invitation_post_resp_dto import InvitationPostRespDto
from .role_dto import RoleDto

__all__ = ["UserAttributionDto", "UserAttributionDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class UserAttributionDto(WireBacked):
    """Wire model ``UserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        policy_id: ``policyId``, str, required
        target_identifier: ``targetIdentifier``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, UserAttributionDtoTargetType, required
        target_detail: ``targetDetail``, InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    target_type: UserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_detail: InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto | None = _attrs.field(default=None, metadata={"wire": "targetDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class UserAttributionDtoTargetType(WireEnum):
    """Enum of ``UserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"
