# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UserActionLogDtoEventType, ..., UserAuthResourceListDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._g25 import (
        GroupDto,
    )
    from ._i3 import (
        InvitationDepartmentRespDto,
    )
    from ._i4 import (
        InvitationPostRespDto,
    )
    from ._o1 import (
        OpenResource,
    )
    from ._r8 import (
        RoleDto,
    )
    from ._u14 import (
        UserActionLogDto,
    )

__all__ = [
    "UserActionLogDtoEventType", "UserActionLogRespData", "UserActionLogRespDto",
    "UserAttributionDto", "UserAttributionDtoTargetType", "UserAttributionMainDepartmentDto",
    "UserAttributionMainDepartmentRespDto", "UserAttributionPaginationDto",
    "UserAttributionPaginationRespDto", "UserAttributionSingleRespDto", "UserAuthResourceListDto",
]


class UserActionLogDtoEventType(WireEnum):
    """Enum of ``UserActionLogDto.eventType`` (unknown wire values are kept, not rejected)."""

    LOGIN = "login"
    LOGOUT = "logout"
    REGISTER = "register"
    VERIFY_MFA = "verifyMfa"
    UPDATE_USER_PREFILE = "updateUserPrefile"
    UPDATE_USER_PASSWORD = "updateUserPassword"
    UPDATE_USER_EMAIL = "updateUserEmail"
    UPDATE_USER_PHONE = "updateUserPhone"
    BIND_MFA = "bindMfa"
    BIND_EMAIL = "bindEmail"
    BIND_PHONE = "bindPhone"
    UNBIND_PHONE = "unbindPhone"
    UNBIND_EMAIL = "unbindEmail"
    UNBIND_MFA = "unbindMFA"
    REFRESH_USER_TOKEN_BY_SELF = "refreshUserTokenBySelf"
    DELETE_ACCOUNT = "deleteAccount"
    VERIFY_FIRST_LOGIN = "verifyFirstLogin"
    SECURITY_RESOURCE_ACCESS = "securityResourceAccess"


@_attrs.define(kw_only=True, slots=True)
class UserActionLogRespData(WireBacked):
    """Wire model ``UserActionLogRespData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserActionLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserActionLogDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserActionLogRespDto(WireBacked):
    """Wire model ``UserActionLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserActionLogRespData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserActionLogRespData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionDto(WireBacked):
    """Wire model ``UserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        policy_id: ``policyId``, str, required
        target_identifier: ``targetIdentifier``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, UserAttributionDtoTargetType, required
        target_detail: ``targetDetail``, InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    target_type: UserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_detail: InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto | None = _attrs.field(default=None, metadata={"wire": "targetDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class UserAttributionDtoTargetType(WireEnum):
    """Enum of ``UserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class UserAttributionMainDepartmentDto(WireBacked):
    """Wire model ``UserAttributionMainDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
        department_detail: ``departmentDetail``, InvitationDepartmentRespDto, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_detail: InvitationDepartmentRespDto | None = _attrs.field(default=None, metadata={"wire": "departmentDetail"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionMainDepartmentRespDto(WireBacked):
    """Wire model ``UserAttributionMainDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserAttributionMainDepartmentDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserAttributionMainDepartmentDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionPaginationDto(WireBacked):
    """Wire model ``UserAttributionPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[UserAttributionDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[UserAttributionDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionPaginationRespDto(WireBacked):
    """Wire model ``UserAttributionPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserAttributionPaginationDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserAttributionPaginationDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionSingleRespDto(WireBacked):
    """Wire model ``UserAttributionSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserAttributionDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserAttributionDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAuthResourceListDto(WireBacked):
    """Wire model ``UserAuthResourceListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_list: ``resourceList``, list[OpenResource], optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_list: List[OpenResource] | None = _attrs.field(default=None, metadata={"wire": "resourceList"})
