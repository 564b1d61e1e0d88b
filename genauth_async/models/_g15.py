# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetPublicAccountDepartmentsParamsUserIdType, ..., GetRelationInfoDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._r1 import (
        RegistrationOptionsDto,
    )

__all__ = [
    "GetPublicAccountDepartmentsParamsUserIdType", "GetPublicAccountDto",
    "GetPublicAccountParamsUserIdType", "GetPublicAccountRolesParamsUserIdType",
    "GetPublicAccountsOfDepartmentDto", "GetPublicAccountsOfGroupDto",
    "GetPublicAccountsOfPostDto", "GetPublicAccountsOfRoleDto", "GetPublicAccountsOfUserDto",
    "GetPushCodeRelationAppsDataDto", "GetPushCodeRelationAppsDto",
    "GetPushCodeRelationAppsRespDto", "GetQrcodeStatusDto", "GetRegistrationOptionsRespDto",
    "GetRelationInfoDto",
]


class GetPublicAccountDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountDto:
    """Wire model ``GetPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetPublicAccountParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetPublicAccountRolesParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountRolesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfDepartmentDto:
    """Wire model ``GetPublicAccountsOfDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, Any, optional
    """

    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfGroupDto:
    """Wire model ``GetPublicAccountsOfGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, Any, optional
    """

    group_id: Any = _attrs.field(default=None, metadata={"wire": "groupId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfPostDto:
    """Wire model ``GetPublicAccountsOfPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        post_id: ``postId``, Any, optional
    """

    post_id: Any = _attrs.field(default=None, metadata={"wire": "postId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfRoleDto:
    """Wire model ``GetPublicAccountsOfRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, Any, optional
    """

    role_id: Any = _attrs.field(default=None, metadata={"wire": "roleId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfUserDto:
    """Wire model ``GetPublicAccountsOfUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsDataDto:
    """Wire model ``GetPushCodeRelationAppsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], optional
    """

    app_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsDto:
    """Wire model ``GetPushCodeRelationAppsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        push_code_id: ``pushCodeId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsRespDto(WireBacked):
    """Wire model ``GetPushCodeRelationAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetPushCodeRelationAppsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetPushCodeRelationAppsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetQrcodeStatusDto:
    """Wire model ``GetQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetRegistrationOptionsRespDto(WireBacked):
    """Wire model ``GetRegistrationOptionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RegistrationOptionsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RegistrationOptionsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetRelationInfoDto:
    """Wire model ``GetRelationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, list[str], required
        model_id: ``modelId``, str, required
    """

    id_list: List[str] = _attrs.field(metadata={"wire": "idList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
