# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (InitiatedApprovalListRes, ..., InvitationLinkDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._d7 import (
        DepartmentI18nDto,
    )
    from ._i2 import (
        InitiatedApproval,
    )

__all__ = [
    "InitiatedApprovalListRes", "InitiatedApprovalObjectType", "InitiatedApprovalPageList",
    "InitiatedApprovalStatus", "InitiatedListParamsObjectType", "InvitationConfigDto",
    "InvitationDepartmentRespDto", "InvitationLinkConfigDto",
    "InvitationLinkConfigDtoInviteLinkDisuseRule", "InvitationLinkConfigDtoLinkExpiredTimeUnit",
    "InvitationLinkConfigDtoPageExpiredTimeUnit", "InvitationLinkDto",
]


@_attrs.define(kw_only=True, slots=True)
class InitiatedApprovalListRes(WireBacked):
    """Wire model ``InitiatedApprovalListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InitiatedApprovalPageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InitiatedApprovalPageList = _attrs.field(metadata={"wire": "data"})


class InitiatedApprovalObjectType(WireEnum):
    """Enum of ``InitiatedApproval.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class InitiatedApprovalPageList(WireBacked):
    """Wire model ``InitiatedApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[InitiatedApproval], required
        total_count: ``totalCount``, int, required
    """

    list: List[InitiatedApproval] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


class InitiatedApprovalStatus(WireEnum):
    """Enum of ``InitiatedApproval.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"


class InitiatedListParamsObjectType(WireEnum):
    """Enum of ``InitiatedListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class InvitationConfigDto:
    """Wire model ``InvitationConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        expired_time_of_day: ``expiredTimeOfDay``, int, required
        join_same_department: ``joinSameDepartment``, bool, required
        department_ids: ``departmentIds``, list[str], optional
        enabled_admin_consent: ``enabledAdminConsent``, bool, optional
    """

    expired_time_of_day: int = _attrs.field(metadata={"wire": "expiredTimeOfDay"})
    join_same_department: bool = _attrs.field(metadata={"wire": "joinSameDepartment"})
    department_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIds"})
    enabled_admin_consent: bool | None = _attrs.field(default=None, metadata={"wire": "enabledAdminConsent"})


@_attrs.define(kw_only=True, slots=True)
class InvitationDepartmentRespDto(WireBacked):
    """Wire model ``InvitationDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        name: ``name``, str, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        parent_department_id: ``parentDepartmentId``, str, required
        code: ``code``, str, optional
        parent_department_code: ``parentDepartmentCode``, str, required
        members_count: ``membersCount``, int, required
        has_children: ``hasChildren``, bool, required
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        posts: ``posts``, list[str], optional
        post_id_list: ``postIdList``, list[str], optional
        status: ``status``, bool, optional
        allow: ``allow``, str, optional
        id: ``id``, str, required
        id_path: ``idPath``, list[str], optional
        name_path: ``namePath``, list[str], optional
        code_path: ``codePath``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    leader_user_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "leaderUserIds"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})
    parent_department_code: str = _attrs.field(metadata={"wire": "parentDepartmentCode"})
    members_count: int = _attrs.field(metadata={"wire": "membersCount"})
    has_children: bool = _attrs.field(metadata={"wire": "hasChildren"})
    is_virtual_node: bool | None = _attrs.field(default=None, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    posts: List[str] | None = _attrs.field(default=None, metadata={"wire": "posts"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status: bool | None = _attrs.field(default=None, metadata={"wire": "status"})
    allow: str | None = _attrs.field(default=None, metadata={"wire": "allow"})
    id: str = _attrs.field(metadata={"wire": "id"})
    id_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "idPath"})
    name_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "namePath"})
    code_path: str | None = _attrs.field(default=None, metadata={"wire": "codePath"})


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkConfigDto:
    """Wire model ``InvitationLinkConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invite_link_disuse_rule: ``inviteLinkDisuseRule``, InvitationLinkConfigDtoInviteLinkDisuseRule, required
        link_expired_time_unit: ``linkExpiredTimeUnit``, InvitationLinkConfigDtoLinkExpiredTimeUnit, required
        link_expired_time_of_second: ``linkExpiredTimeOfSecond``, int, required
        page_expired_time_unit: ``pageExpiredTimeUnit``, InvitationLinkConfigDtoPageExpiredTimeUnit, required
        page_expired_time_of_second: ``pageExpiredTimeOfSecond``, int, required
    """

    invite_link_disuse_rule: InvitationLinkConfigDtoInviteLinkDisuseRule = _attrs.field(metadata={"wire": "inviteLinkDisuseRule"})
    link_expired_time_unit: InvitationLinkConfigDtoLinkExpiredTimeUnit = _attrs.field(metadata={"wire": "linkExpiredTimeUnit"})
    link_expired_time_of_second: int = _attrs.field(metadata={"wire": "linkExpiredTimeOfSecond"})
    page_expired_time_unit: InvitationLinkConfigDtoPageExpiredTimeUnit = _attrs.field(metadata={"wire": "pageExpiredTimeUnit"})
    page_expired_time_of_second: int = _attrs.field(metadata={"wire": "pageExpiredTimeOfSecond"})


class InvitationLinkConfigDtoInviteLinkDisuseRule(WireEnum):
    """Enum of ``InvitationLinkConfigDto.inviteLinkDisuseRule`` (unknown wire values are kept, not rejected)."""

    PERIOD = "period"
    AFTER_FIRST_CLICK = "afterFirstClick"


class InvitationLinkConfigDtoLinkExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.linkExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    FOREVER = "forever"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"


class InvitationLinkConfigDtoPageExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.pageExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkDto:
    """Wire model ``InvitationLinkDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        signature: ``signature``, str, required
        identifier: ``identifier``, str, required
        with_invitee_info: ``withInviteeInfo``, bool, optional
        with_invitation_settings: ``withInvitationSettings``, bool, optional
    """

    signature: str = _attrs.field(repr=_masked, metadata={"wire": "signature"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    with_invitee_info: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInviteeInfo"})
    with_invitation_settings: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitationSettings"})
