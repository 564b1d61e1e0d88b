# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserAuthorizedAppsDto, ..., GetUserEncryptPasswordBatchDataDto)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "GetUserAuthorizedAppsDto", "GetUserAuthorizedAppsParamsUserIdType",
    "GetUserAuthorizedResourcesDto", "GetUserAuthorizedResourcesParamsResourceType",
    "GetUserAuthorizedResourcesParamsUserIdType", "GetUserBatchDto",
    "GetUserBatchParamsUserIdType", "GetUserDepartmentsDto", "GetUserDepartmentsParamsOrderBy",
    "GetUserDepartmentsParamsSortBy", "GetUserDepartmentsParamsUserIdType", "GetUserDto",
    "GetUserEncryptPasswordBatchDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthorizedAppsDto:
    """Wire model ``GetUserAuthorizedAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserAuthorizedAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserAuthorizedAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthorizedResourcesDto:
    """Wire model ``GetUserAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetUserAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetUserAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetUserAuthorizedResourcesParamsUserIdType(WireEnum):
    """Enum of ``GetUserAuthorizedResourcesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserBatchDto:
    """Wire model ``GetUserBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_ids: Any = _attrs.field(default=None, metadata={"wire": "userIds"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetUserBatchParamsUserIdType(WireEnum):
    """Enum of ``GetUserBatchParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserDepartmentsDto:
    """Wire model ``GetUserDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_paths: ``withDepartmentPaths``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_paths: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentPaths"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


class GetUserDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetUserDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetUserDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetUserDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserDto:
    """Wire model ``GetUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchDataDto:
    """Wire model ``GetUserEncryptPasswordBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        encrypted_password: ``encryptedPassword``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    encrypted_password: str = _attrs.field(repr=_masked, metadata={"wire": "encryptedPassword"})
