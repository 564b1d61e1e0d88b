# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DeleteNamespacesBatchDto, ..., DeleteTenantUsersDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._r7 import (
        RoleCodeAndNamespaceDto,
    )

__all__ = [
    "DeleteNamespacesBatchDto", "DeleteOrganizationReqDto", "DeletePermissionNamespaceDto",
    "DeletePermissionNamespacesBatchDto", "DeletePipelineFunctionDto",
    "DeletePublicAccountsBatchDto", "DeletePublicAccountsBatchOptionsDto",
    "DeletePublicAccountsBatchOptionsDtoUserIdType", "DeleteResourceDto",
    "DeleteResourcesBatchDto", "DeleteRoleBatchDto", "DeleteRoleDto", "DeleteRosterUsersDto",
    "DeleteTenantCooperatorBodyDto", "DeleteTenantDto", "DeleteTenantUsersDto",
]


@_attrs.define(kw_only=True, slots=True)
class DeleteNamespacesBatchDto:
    """Wire model ``DeleteNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteOrganizationReqDto:
    """Wire model ``DeleteOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeletePermissionNamespaceDto:
    """Wire model ``DeletePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class DeletePermissionNamespacesBatchDto:
    """Wire model ``DeletePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        codes: ``codes``, list[str], required
    """

    codes: List[str] = _attrs.field(metadata={"wire": "codes"})


@_attrs.define(kw_only=True, slots=True)
class DeletePipelineFunctionDto:
    """Wire model ``DeletePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})


@_attrs.define(kw_only=True, slots=True)
class DeletePublicAccountsBatchDto:
    """Wire model ``DeletePublicAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeletePublicAccountsBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeletePublicAccountsBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class DeletePublicAccountsBatchOptionsDto:
    """Wire model ``DeletePublicAccountsBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, DeletePublicAccountsBatchOptionsDtoUserIdType, optional
    """

    user_id_type: DeletePublicAccountsBatchOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeletePublicAccountsBatchOptionsDtoUserIdType(WireEnum):
    """Enum of ``DeletePublicAccountsBatchOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteResourceDto:
    """Wire model ``DeleteResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class DeleteResourcesBatchDto:
    """Wire model ``DeleteResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, str, optional
        code_list: ``codeList``, list[str], optional
        ids: ``ids``, list[str], optional
    """

    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    code_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "codeList"})
    ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ids"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleBatchDto:
    """Wire model ``DeleteRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_list: ``roleList``, list[RoleCodeAndNamespaceDto], required
    """

    role_list: List[RoleCodeAndNamespaceDto] = _attrs.field(metadata={"wire": "roleList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleDto:
    """Wire model ``DeleteRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
        namespace: ``namespace``, str, optional
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRosterUsersDto:
    """Wire model ``DeleteRosterUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
        roster_id: ``rosterId``, str, required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantCooperatorBodyDto:
    """Wire model ``DeleteTenantCooperatorBodyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantDto:
    """Wire model ``DeleteTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantUsersDto:
    """Wire model ``DeleteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], required
        member_ids: ``memberIds``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    member_ids: List[str] = _attrs.field(metadata={"wire": "memberIds"})
