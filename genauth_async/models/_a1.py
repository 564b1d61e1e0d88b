# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AccessTokenDto, ..., AddTenantUsersDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationPermissionRecordItem,
    )
    from ._i4 import (
        InvitationPolicyUserAttributionListDto,
    )

__all__ = [
    "AccessTokenDto", "AccessTokenResDto", "AccessibleAppsDto", "ActionAuth",
    "AddApplicationPermissionRecord", "AddDepartmentMembersReqDto",
    "AddDepartmentMembersReqDtoDepartmentIdType", "AddGroupMembersReqDto",
    "AddInvitationPolicyUserAttributionDto", "AddInvitationPolicyUserAttributionDtoTargetType",
    "AddInvitationPolicyUserAttributionsBatchDto", "AddTenantDepartmentMembersReqDto",
    "AddTenantDepartmentMembersReqDtoDepartmentIdType", "AddTenantUsersDto",
]


@_attrs.define(kw_only=True, slots=True)
class AccessTokenDto:
    """Wire model ``AccessTokenDto`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class AccessTokenResDto:
    """Wire model ``AccessTokenResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        expires_in: ``expires_in``, int, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})
    expires_in: int = _attrs.field(metadata={"wire": "expires_in"})


@_attrs.define(kw_only=True, slots=True)
class AccessibleAppsDto:
    """Wire model ``AccessibleAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        active: ``active``, bool, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    active: bool = _attrs.field(metadata={"wire": "active"})


@_attrs.define(kw_only=True, slots=True)
class ActionAuth:
    """Wire model ``ActionAuth`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        action: ``action``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class AddApplicationPermissionRecord(WireBacked):
    """Wire model ``AddApplicationPermissionRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationPermissionRecordItem], required
        app_id: ``appId``, str, required
    """

    list: List[ApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class AddDepartmentMembersReqDto:
    """Wire model ``AddDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, AddDepartmentMembersReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: AddDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class AddDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``AddDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class AddGroupMembersReqDto:
    """Wire model ``AddGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AddInvitationPolicyUserAttributionDto:
    """Wire model ``AddInvitationPolicyUserAttributionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AddInvitationPolicyUserAttributionDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
        namespace: ``namespace``, str, optional
    """

    target_type: AddInvitationPolicyUserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class AddInvitationPolicyUserAttributionDtoTargetType(WireEnum):
    """Enum of ``AddInvitationPolicyUserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class AddInvitationPolicyUserAttributionsBatchDto:
    """Wire model ``AddInvitationPolicyUserAttributionsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[InvitationPolicyUserAttributionListDto], required
        policy_id: ``policyId``, str, required
    """

    targets: List[InvitationPolicyUserAttributionListDto] = _attrs.field(metadata={"wire": "targets"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class AddTenantDepartmentMembersReqDto:
    """Wire model ``AddTenantDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, AddTenantDepartmentMembersReqDtoDepartmentIdType, optional
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: AddTenantDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class AddTenantDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``AddTenantDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class AddTenantUsersDto:
    """Wire model ``AddTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        link_user_ids: ``linkUserIds``, list[str], required
        tenant_id: ``tenantId``, str, required
    """

    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
