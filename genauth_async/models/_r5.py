# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ResourceRespDto, ..., RiskListItemDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d3 import (
        DeleteApplicationPermissionRecordItem,
    )
    from ._r4 import (
        ResourceDto,
    )
    from ._r7 import (
        RoleCodeDto,
    )
    from ._t1 import (
        TargetDto,
    )

__all__ = [
    "ResourceRespDto", "RestFactorDto", "Result", "RevertRosterInvitationBatchDto",
    "RevertRosterInvitationDto", "ReviewTenantEnterpriseCertificationBodyDto",
    "ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus",
    "RevokeApplicationAccessDto", "RevokeDeviceSessionDto", "RevokeRoleBatchDto", "RevokeRoleDto",
    "RightItemDto", "RightItemRes", "RiskListItemDto",
]


@_attrs.define(kw_only=True, slots=True)
class ResourceRespDto(WireBacked):
    """Wire model ``ResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResourceDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResourceDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RestFactorDto:
    """Wire model ``RestFactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})


@_attrs.define(kw_only=True, slots=True)
class Result:
    """Wire model ``Result`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        add_user: ``addUser``, int, required
        update_user: ``updateUser``, int, required
        add_department: ``addDepartment``, int, required
        update_department: ``updateDepartment``, int, required
    """

    add_user: int = _attrs.field(metadata={"wire": "addUser"})
    update_user: int = _attrs.field(metadata={"wire": "updateUser"})
    add_department: int = _attrs.field(metadata={"wire": "addDepartment"})
    update_department: int = _attrs.field(metadata={"wire": "updateDepartment"})


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationBatchDto:
    """Wire model ``RevertRosterInvitationBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationDto:
    """Wire model ``RevertRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
    """

    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ReviewTenantEnterpriseCertificationBodyDto:
    """Wire model ``ReviewTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        enterprise_certification_status: ``enterpriseCertificationStatus``, ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus, required
        review_reason: ``reviewReason``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    enterprise_certification_status: ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus = _attrs.field(metadata={"wire": "enterpriseCertificationStatus"})
    review_reason: str = _attrs.field(metadata={"wire": "reviewReason"})


class ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus(WireEnum):
    """Enum of ``ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`` (unknown wire values are kept, not rejected). Non-string wire values (-1) stay plain values."""

    NOT_SUBMIT = "not_submit"
    REVIEWING = "reviewing"
    PASS = "pass"


@_attrs.define(kw_only=True, slots=True)
class RevokeApplicationAccessDto:
    """Wire model ``RevokeApplicationAccessDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        list: ``list``, list[DeleteApplicationPermissionRecordItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[DeleteApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RevokeDeviceSessionDto:
    """Wire model ``RevokeDeviceSessionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleBatchDto:
    """Wire model ``RevokeRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        roles: ``roles``, list[RoleCodeDto], required
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleDto:
    """Wire model ``RevokeRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RightItemDto:
    """Wire model ``RightItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_model_code: ``rightsModelCode``, str, required
        rights_model_name: ``rightsModelName``, str, required
        data_type: ``dataType``, str, required
        data_value: ``dataValue``, str, required
    """

    rights_model_code: str = _attrs.field(metadata={"wire": "rightsModelCode"})
    rights_model_name: str = _attrs.field(metadata={"wire": "rightsModelName"})
    data_type: str = _attrs.field(metadata={"wire": "dataType"})
    data_value: str = _attrs.field(metadata={"wire": "dataValue"})


@_attrs.define(kw_only=True, slots=True)
class RightItemRes(WireBacked):
    """Wire model ``RightItemRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_items: ``rightsItems``, list[RightItemDto], required
    """

    rights_items: List[RightItemDto] = _attrs.field(metadata={"wire": "rightsItems"})


@_attrs.define(kw_only=True, slots=True)
class RiskListItemDto:
    """Wire model ``RiskListItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
        add_at: ``addAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    add_at: str = _attrs.field(metadata={"wire": "addAt"})
