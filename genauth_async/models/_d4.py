# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DeleteDepartmentReqDto, ..., DeleteNamespaceDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = [
    "DeleteDepartmentReqDto", "DeleteDepartmentReqDtoDepartmentIdType",
    "DeleteDepartmentSyncRelationReqDto", "DeleteDepartmentSyncRelationReqDtoDepartmentIdType",
    "DeleteDeviceExclusiveValidScopeSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType", "DeleteDnefReq",
    "DeleteExtIdpConnDto", "DeleteExtIdpDto", "DeleteGroupsReqDto",
    "DeleteInvitationPolicyByIdsDto", "DeleteInvitationRosterBatchDto",
    "DeleteInvitationRosterDto", "DeleteMultipleTenantAdminBodyDto", "DeleteNamespaceDto",
]


@_attrs.define(kw_only=True, slots=True)
class DeleteDepartmentReqDto:
    """Wire model ``DeleteDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, DeleteDepartmentReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: DeleteDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class DeleteDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``DeleteDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class DeleteDepartmentSyncRelationReqDto:
    """Wire model ``DeleteDepartmentSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        department_id: ``departmentId``, str, required
        organization_code: ``organizationCode``, str, required
        department_id_type: ``departmentIdType``, DeleteDepartmentSyncRelationReqDtoDepartmentIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id_type: DeleteDepartmentSyncRelationReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})


class DeleteDepartmentSyncRelationReqDtoDepartmentIdType(WireEnum):
    """Enum of ``DeleteDepartmentSyncRelationReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveValidScopeSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveValidScopeSettingsByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveWhiteListSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType, required
        target_id: ``targetId``, str, required
    """

    target_type: DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})


class DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType(WireEnum):
    """Enum of ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class DeleteDnefReq:
    """Wire model ``DeleteDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteExtIdpConnDto:
    """Wire model ``DeleteExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteExtIdpDto:
    """Wire model ``DeleteExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteGroupsReqDto:
    """Wire model ``DeleteGroupsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationPolicyByIdsDto:
    """Wire model ``DeleteInvitationPolicyByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_ids: ``policyIds``, list[str], required
    """

    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterBatchDto:
    """Wire model ``DeleteInvitationRosterBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ids: ``ids``, list[str], required
    """

    ids: List[str] = _attrs.field(metadata={"wire": "ids"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterDto:
    """Wire model ``DeleteInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteMultipleTenantAdminBodyDto:
    """Wire model ``DeleteMultipleTenantAdminBodyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteNamespaceDto:
    """Wire model ``DeleteNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
