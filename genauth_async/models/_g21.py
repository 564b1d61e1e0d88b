# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserEncryptPasswordBatchDto, ..., GetUserMfaInfoParamsUserIdType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._g20 import (
        GetUserEncryptPasswordBatchDataDto,
    )

__all__ = [
    "GetUserEncryptPasswordBatchDto", "GetUserEncryptPasswordBatchRespDto", "GetUserGroupsDto",
    "GetUserGroupsParamsUserIdType", "GetUserIdentitiesDto", "GetUserIdentitiesParamsUserIdType",
    "GetUserLoggedInIdentitiesDto", "GetUserLoggedinAppsDto",
    "GetUserLoggedinAppsParamsUserIdType", "GetUserLoggedinIdentitiesParamsUserIdType",
    "GetUserLoginHistoryDto", "GetUserLoginHistoryParamsUserIdType", "GetUserMfaInfoDto",
    "GetUserMfaInfoParamsUserIdType",
]


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchDto:
    """Wire model ``GetUserEncryptPasswordBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchRespDto(WireBacked):
    """Wire model ``GetUserEncryptPasswordBatchRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserEncryptPasswordBatchDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserEncryptPasswordBatchDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserGroupsDto:
    """Wire model ``GetUserGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserGroupsParamsUserIdType(WireEnum):
    """Enum of ``GetUserGroupsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserIdentitiesDto:
    """Wire model ``GetUserIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserIdentitiesParamsUserIdType(WireEnum):
    """Enum of ``GetUserIdentitiesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserLoggedInIdentitiesDto:
    """Wire model ``GetUserLoggedInIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


@_attrs.define(kw_only=True, slots=True)
class GetUserLoggedinAppsDto:
    """Wire model ``GetUserLoggedinAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserLoggedinAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoggedinAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetUserLoggedinIdentitiesParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoggedinIdentitiesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserLoginHistoryDto:
    """Wire model ``GetUserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        app_id: ``appId``, Any, optional
        client_ip: ``clientIp``, Any, optional
        start: ``start``, Any, optional
        end: ``end``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    client_ip: Any = _attrs.field(default=None, metadata={"wire": "clientIp"})
    start: Any = _attrs.field(default=None, metadata={"wire": "start"})
    end: Any = _attrs.field(default=None, metadata={"wire": "end"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class GetUserLoginHistoryParamsUserIdType(WireEnum):
    """Enum of ``GetUserLoginHistoryParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserMfaInfoDto:
    """Wire model ``GetUserMfaInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserMfaInfoParamsUserIdType(WireEnum):
    """Enum of ``GetUserMfaInfoParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
