# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (InvitationPolicyUserAttributionListDto, ..., InvitationUserPaginationDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c6 import (
        CommonUserDto,
    )
    from ._g10 import (
        GetInvitationPolicyDto,
    )

__all__ = [
    "InvitationPolicyUserAttributionListDto", "InvitationPolicyUserAttributionListDtoTargetType",
    "InvitationPostRespDto", "InvitationRosterDto", "InvitationRosterDtoStatus",
    "InvitationRosterPaginationDto", "InvitationRosterPaginationRespDto",
    "InvitationRosterSingleRespDto", "InvitationUserDto", "InvitationUserDtoSource",
    "InvitationUserDtoStatus", "InvitationUserPaginationDto",
]


@_attrs.define(kw_only=True, slots=True)
class InvitationPolicyUserAttributionListDto:
    """Wire model ``InvitationPolicyUserAttributionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_identifiers: ``targetIdentifiers``, list[str], required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, InvitationPolicyUserAttributionListDtoTargetType, required
    """

    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: InvitationPolicyUserAttributionListDtoTargetType = _attrs.field(metadata={"wire": "targetType"})


class InvitationPolicyUserAttributionListDtoTargetType(WireEnum):
    """Enum of ``InvitationPolicyUserAttributionListDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class InvitationPostRespDto:
    """Wire model ``InvitationPostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterDto(WireBacked):
    """Wire model ``InvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        policy_id: ``policyId``, str, optional
        status: ``status``, InvitationRosterDtoStatus, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        user_count: ``userCount``, int, required
        assigned_policy: ``assignedPolicy``, GetInvitationPolicyDto, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    policy_id: str | None = _attrs.field(default=None, metadata={"wire": "policyId"})
    status: InvitationRosterDtoStatus = _attrs.field(metadata={"wire": "status"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    assigned_policy: GetInvitationPolicyDto = _attrs.field(metadata={"wire": "assignedPolicy"})


class InvitationRosterDtoStatus(WireEnum):
    """Enum of ``InvitationRosterDto.status`` (unknown wire values are kept, not rejected)."""

    EDITING = "editing"
    INVITED = "invited"


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterPaginationDto(WireBacked):
    """Wire model ``InvitationRosterPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationRosterDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationRosterDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterPaginationRespDto(WireBacked):
    """Wire model ``InvitationRosterPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationRosterPaginationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationRosterPaginationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterSingleRespDto(WireBacked):
    """Wire model ``InvitationRosterSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationRosterDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationRosterDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InvitationUserDto(WireBacked):
    """Wire model ``InvitationUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        invitee_id: ``inviteeId``, str, required
        name: ``name``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
        email: ``email``, str, required
        status: ``status``, InvitationUserDtoStatus, required
        source: ``source``, InvitationUserDtoSource, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    email: str = _attrs.field(metadata={"wire": "email"})
    status: InvitationUserDtoStatus = _attrs.field(metadata={"wire": "status"})
    source: InvitationUserDtoSource = _attrs.field(metadata={"wire": "source"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class InvitationUserDtoSource(WireEnum):
    """Enum of ``InvitationUserDto.source`` (unknown wire values are kept, not rejected)."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class InvitationUserDtoStatus(WireEnum):
    """Enum of ``InvitationUserDto.status`` (unknown wire values are kept, not rejected)."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"


@_attrs.define(kw_only=True, slots=True)
class InvitationUserPaginationDto(WireBacked):
    """Wire model ``InvitationUserPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationUserDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationUserDto] = _attrs.field(metadata={"wire": "list"})
