# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetTenantCooperatorDto, ..., GetUniversalInvitationSettingsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireBacked

if TYPE_CHECKING:
    from ._i3 import (
        InvitationConfigDto,
    )
    from ._u1 import (
        UniversalInvitationJoinRespDto, UniversalInvitationPublicConfigDto,
    )
    from ._u20 import (
        UserTenantListDto,
    )

__all__ = [
    "GetTenantCooperatorDto", "GetTenantCooperatorMenuDto", "GetTenantDto",
    "GetTenantEnterpriseCertificationDto", "GetTenantListRespDto", "GetTenantLittleInfoDto",
    "GetTenantUserDto", "GetUniversalInvitationDto", "GetUniversalInvitationJoinRespDto",
    "GetUniversalInvitationPublicConfigDto", "GetUniversalInvitationPublicConfigRespDto",
    "GetUniversalInvitationRespDto", "GetUniversalInvitationSettingsDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetTenantCooperatorDto:
    """Wire model ``GetTenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantCooperatorMenuDto:
    """Wire model ``GetTenantCooperatorMenuDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantDto:
    """Wire model ``GetTenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantEnterpriseCertificationDto:
    """Wire model ``GetTenantEnterpriseCertificationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantListRespDto(WireBacked):
    """Wire model ``GetTenantListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserTenantListDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserTenantListDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantLittleInfoDto:
    """Wire model ``GetTenantLittleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantUserDto:
    """Wire model ``GetTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        link_user_id: ``linkUserId``, Any, optional
        member_id: ``memberId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    link_user_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationDto(WireBacked):
    """Wire model ``GetUniversalInvitationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, InvitationConfigDto, optional
        member_invitation_config: ``memberInvitationConfig``, InvitationConfigDto, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None = _attrs.field(default=None, metadata={"wire": "enabledMemberInvitation"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationJoinRespDto(WireBacked):
    """Wire model ``GetUniversalInvitationJoinRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UniversalInvitationJoinRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UniversalInvitationJoinRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationPublicConfigDto:
    """Wire model ``GetUniversalInvitationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, Any, optional
    """

    identifier: Any = _attrs.field(default=None, metadata={"wire": "identifier"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationPublicConfigRespDto(WireBacked):
    """Wire model ``GetUniversalInvitationPublicConfigRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UniversalInvitationPublicConfigDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UniversalInvitationPublicConfigDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationRespDto(WireBacked):
    """Wire model ``GetUniversalInvitationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUniversalInvitationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUniversalInvitationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationSettingsDto:
    """Wire model ``GetUniversalInvitationSettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        with_department_detail: ``withDepartmentDetail``, Any, optional
    """

    with_department_detail: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentDetail"})
