# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetPermissionNamespaceRespDto, ..., GetPublicAccountDepartmentsParamsSortBy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._g23 import (
        GetUserSelectLoginPublicAccountsDataDto,
    )

__all__ = [
    "GetPermissionNamespaceRespDto", "GetPermissionNamespaceResponseDto",
    "GetPermissionNamespacesBatchDto", "GetPipelineFunctionDto", "GetPipelineLogsDto",
    "GetPolicyInvitationContextDto", "GetPostByIdListDto", "GetPostDto",
    "GetPostOfPublicAccountDto", "GetProfileDto", "GetPublicAccountBatchDto",
    "GetPublicAccountBatchParamsUserIdType", "GetPublicAccountDataRespDto",
    "GetPublicAccountDepartmentsParamsOrderBy", "GetPublicAccountDepartmentsParamsSortBy",
]


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceRespDto:
    """Wire model ``GetPermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceResponseDto(WireBacked):
    """Wire model ``GetPermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetPermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetPermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespacesBatchDto:
    """Wire model ``GetPermissionNamespacesBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        codes: ``codes``, Any, optional
    """

    codes: Any = _attrs.field(default=None, metadata={"wire": "codes"})


@_attrs.define(kw_only=True, slots=True)
class GetPipelineFunctionDto:
    """Wire model ``GetPipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, Any, optional
    """

    func_id: Any = _attrs.field(default=None, metadata={"wire": "funcId"})


@_attrs.define(kw_only=True, slots=True)
class GetPipelineLogsDto:
    """Wire model ``GetPipelineLogsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    func_id: Any = _attrs.field(default=None, metadata={"wire": "funcId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetPolicyInvitationContextDto:
    """Wire model ``GetPolicyInvitationContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, Any, optional
    """

    token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class GetPostByIdListDto:
    """Wire model ``GetPostByIdListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, str, optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "idList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetPostDto:
    """Wire model ``GetPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetPostOfPublicAccountDto:
    """Wire model ``GetPostOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetProfileDto:
    """Wire model ``GetProfileDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountBatchDto:
    """Wire model ``GetPublicAccountBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_ids: Any = _attrs.field(default=None, metadata={"wire": "userIds"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetPublicAccountBatchParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountBatchParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountDataRespDto(WireBacked):
    """Wire model ``GetPublicAccountDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetUserSelectLoginPublicAccountsDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetUserSelectLoginPublicAccountsDataDto] = _attrs.field(metadata={"wire": "data"})


class GetPublicAccountDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetPublicAccountDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"
