# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (RemoveGroupMembersReqDto, ..., ResetFactorDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._i4 import (
        InvitationPolicyUserAttributionListDto,
    )
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "RemoveGroupMembersReqDto", "RemoveInvitationPolicyUserAttributionDto",
    "RemoveInvitationPolicyUserAttributionDtoTargetType",
    "RemoveInvitationPolicyUserAttributionMainDepartmentDto",
    "RemoveInvitationPolicyUserAttributionsBatchDto", "RemovePostDto", "RemoveRelationValueDto",
    "RemoveRowDto", "RemoveTenantDepartmentMembersReqDto",
    "RemoveTenantDepartmentMembersReqDtoDepartmentIdType", "RemoveTenantUsersDto", "ResGroupDto",
    "ResetFactorDto",
]


@_attrs.define(kw_only=True, slots=True)
class RemoveGroupMembersReqDto:
    """Wire model ``RemoveGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, RemoveInvitationPolicyUserAttributionDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
        namespace: ``namespace``, str, optional
    """

    target_type: RemoveInvitationPolicyUserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class RemoveInvitationPolicyUserAttributionDtoTargetType(WireEnum):
    """Enum of ``RemoveInvitationPolicyUserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionMainDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionsBatchDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[InvitationPolicyUserAttributionListDto], required
        policy_id: ``policyId``, str, required
    """

    targets: List[InvitationPolicyUserAttributionListDto] = _attrs.field(metadata={"wire": "targets"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class RemovePostDto:
    """Wire model ``RemovePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class RemoveRelationValueDto:
    """Wire model ``RemoveRelationValueDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        field_ids: ``fieldIds``, list[str], required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    field_ids: List[str] = _attrs.field(metadata={"wire": "fieldIds"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class RemoveRowDto:
    """Wire model ``RemoveRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_id_list: ``rowIdList``, list[str], required
        model_id: ``modelId``, str, required
        recursive: ``recursive``, bool, optional
    """

    row_id_list: List[str] = _attrs.field(metadata={"wire": "rowIdList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    recursive: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recursive"})


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantDepartmentMembersReqDto:
    """Wire model ``RemoveTenantDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, RemoveTenantDepartmentMembersReqDtoDepartmentIdType, optional
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: RemoveTenantDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class RemoveTenantDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``RemoveTenantDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantUsersDto:
    """Wire model ``RemoveTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})


@_attrs.define(kw_only=True, slots=True)
class ResGroupDto(WireBacked):
    """Wire model ``ResGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        type: ``type``, str, required
        metadata_source: ``metadataSource``, list[str], required
        members: ``members``, list[UserDto], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    type: str = _attrs.field(metadata={"wire": "type"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
    members: List[UserDto] = _attrs.field(metadata={"wire": "members"})


@_attrs.define(kw_only=True, slots=True)
class ResetFactorDto:
    """Wire model ``ResetFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})
