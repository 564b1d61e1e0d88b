# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetGroupsOfPublicAccountDto, ..., GetInvitationRosterDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._i1 import (
        IdentityDto, ImportExportTemplateRespDto, ImportInviteeDto,
    )
    from ._r9 import (
        RowDto,
    )

__all__ = [
    "GetGroupsOfPublicAccountDto", "GetGroupsOfPublicAccountParamsUserIdType",
    "GetIdentitiesRespDto", "GetImportExportTemplateRespDto", "GetImportInviteeRespDto",
    "GetImportTemplateDto", "GetImportTemplateResDto", "GetInvitationPolicyDto",
    "GetInvitationPolicyRespDto", "GetInvitationPolicyUserAttributionDto",
    "GetInvitationPolicyUserAttributionMainDepartmentDto", "GetInvitationRosterDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetGroupsOfPublicAccountDto:
    """Wire model ``GetGroupsOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetGroupsOfPublicAccountParamsUserIdType(WireEnum):
    """Enum of ``GetGroupsOfPublicAccountParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetIdentitiesRespDto(WireBacked):
    """Wire model ``GetIdentitiesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[IdentityDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[IdentityDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportExportTemplateRespDto(WireBacked):
    """Wire model ``GetImportExportTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportExportTemplateRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportExportTemplateRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportInviteeRespDto(WireBacked):
    """Wire model ``GetImportInviteeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportInviteeDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportInviteeDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportTemplateDto:
    """Wire model ``GetImportTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class GetImportTemplateResDto(WireBacked):
    """Wire model ``GetImportTemplateResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, RowDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: RowDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyDto:
    """Wire model ``GetInvitationPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyRespDto(WireBacked):
    """Wire model ``GetInvitationPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetInvitationPolicyDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetInvitationPolicyDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyUserAttributionDto:
    """Wire model ``GetInvitationPolicyUserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``GetInvitationPolicyUserAttributionMainDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        with_department_detail: ``withDepartmentDetail``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    with_department_detail: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationRosterDto:
    """Wire model ``GetInvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_user_count: ``withUserCount``, Any, optional
        with_assigned_policy: ``withAssignedPolicy``, Any, optional
    """

    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_user_count: Any = _attrs.field(default=None, metadata={"wire": "withUserCount"})
    with_assigned_policy: Any = _attrs.field(default=None, metadata={"wire": "withAssignedPolicy"})
