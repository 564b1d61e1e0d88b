# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListInvitationPolicyExtendsFieldsDto, ..., ListOperateDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

if TYPE_CHECKING:
    from ._c5 import (
        CombineFiltersBaseDto,
    )

__all__ = [
    "ListInvitationPolicyExtendsFieldsDto", "ListInvitationPolicyUserAttributionsDto",
    "ListInvitationRosterByPolicyIdDto", "ListInvitationRosterDto", "ListInvitationUserDto",
    "ListInviteTenantUserRecordsDto", "ListMultipleTenantAdminsDto", "ListNamespaceRolesDto",
    "ListNamespacesDto", "ListOperateDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListInvitationPolicyExtendsFieldsDto:
    """Wire model ``ListInvitationPolicyExtendsFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        roster_id: ``rosterId``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationPolicyUserAttributionsDto:
    """Wire model ``ListInvitationPolicyUserAttributionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        target_type: ``targetType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationRosterByPolicyIdDto:
    """Wire model ``ListInvitationRosterByPolicyIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
        with_user_count: ``withUserCount``, bool, optional
        with_assigned_policy: ``withAssignedPolicy``, bool, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})
    with_user_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withUserCount"})
    with_assigned_policy: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withAssignedPolicy"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationRosterDto:
    """Wire model ``ListInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
        with_user_count: ``withUserCount``, bool, optional
        with_assigned_policy: ``withAssignedPolicy``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})
    with_user_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withUserCount"})
    with_assigned_policy: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withAssignedPolicy"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationUserDto:
    """Wire model ``ListInvitationUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class ListInviteTenantUserRecordsDto:
    """Wire model ``ListInviteTenantUserRecordsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListMultipleTenantAdminsDto:
    """Wire model ``ListMultipleTenantAdminsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListNamespaceRolesDto:
    """Wire model ``ListNamespaceRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class ListNamespacesDto:
    """Wire model ``ListNamespacesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class ListOperateDto:
    """Wire model ``ListOperateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        keywords: ``keywords``, Any, optional
        field_id: ``fieldId``, Any, optional
        show_created: ``showCreated``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    field_id: Any = _attrs.field(default=None, metadata={"wire": "fieldId"})
    show_created: Any = _attrs.field(default=None, metadata={"wire": "showCreated"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
