# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetUserMfaStatusParamsUserIdType, ..., GetUserResourcePermissionList)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._u20 import (
        UserPermissionListDto,
    )

__all__ = [
    "GetUserMfaStatusParamsUserIdType", "GetUserParamsUserIdType",
    "GetUserPasswordCiphertextDataDto", "GetUserPasswordCiphertextDto",
    "GetUserPasswordCiphertextDtoUserIdType", "GetUserPasswordCiphertextRespDto",
    "GetUserPermissionListDataDto", "GetUserPermissionListDto", "GetUserPermissionListRespDto",
    "GetUserPostDto", "GetUserPostsDto", "GetUserPrincipalAuthenticationInfoDto",
    "GetUserPrincipalAuthenticationInfoParamsUserIdType", "GetUserResourcePermissionList",
]


class GetUserMfaStatusParamsUserIdType(WireEnum):
    """Enum of ``GetUserMfaStatusParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetUserParamsUserIdType(WireEnum):
    """Enum of ``GetUserParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextDataDto:
    """Wire model ``GetUserPasswordCiphertextDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ciphertext: ``ciphertext``, str, required
    """

    ciphertext: str = _attrs.field(metadata={"wire": "ciphertext"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextDto:
    """Wire model ``GetUserPasswordCiphertextDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, GetUserPasswordCiphertextDtoUserIdType, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: GetUserPasswordCiphertextDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class GetUserPasswordCiphertextDtoUserIdType(WireEnum):
    """Enum of ``GetUserPasswordCiphertextDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextRespDto(WireBacked):
    """Wire model ``GetUserPasswordCiphertextRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserPasswordCiphertextDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserPasswordCiphertextDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDataDto(WireBacked):
    """Wire model ``GetUserPermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserPermissionListDto], required
    """

    user_permission_list: List[UserPermissionListDto] = _attrs.field(metadata={"wire": "userPermissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDto:
    """Wire model ``GetUserPermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        namespace_codes: ``namespaceCodes``, list[str], optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    namespace_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCodes"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListRespDto(WireBacked):
    """Wire model ``GetUserPermissionListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, GetUserPermissionListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: GetUserPermissionListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPostDto:
    """Wire model ``GetUserPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPostsDto:
    """Wire model ``GetUserPostsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetUserPrincipalAuthenticationInfoDto:
    """Wire model ``GetUserPrincipalAuthenticationInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserPrincipalAuthenticationInfoParamsUserIdType(WireEnum):
    """Enum of ``GetUserPrincipalAuthenticationInfoParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionList:
    """Wire model ``GetUserResourcePermissionList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
        resource: ``resource``, str, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
