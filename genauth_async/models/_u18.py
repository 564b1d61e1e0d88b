# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UserFieldDecryptRespDto, ..., UserListRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._r5 import (
        RiskListItemDto,
    )
    from ._r6 import (
        RiskListPolicyPagingDto,
    )
    from ._u17 import (
        UserDto,
    )

__all__ = [
    "UserFieldDecryptRespDto", "UserFieldDecryptRespItemDto", "UserIdListRespDto", "UserInfoDto",
    "UserInfoDtoGender", "UserListCreateDto", "UserListDto", "UserListPaginatedRespDto",
    "UserListPagingDto", "UserListPolicyPaginatedRespDto", "UserListRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptRespDto(WireBacked):
    """Wire model ``UserFieldDecryptRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserFieldDecryptRespItemDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserFieldDecryptRespItemDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptRespItemDto:
    """Wire model ``UserFieldDecryptRespItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, optional
        field_name: ``fieldName``, str, optional
        decrypted_content: ``decryptedContent``, str, required
    """

    user_id: str | None = _attrs.field(default=None, metadata={"wire": "userId"})
    field_name: str | None = _attrs.field(default=None, metadata={"wire": "fieldName"})
    decrypted_content: str = _attrs.field(metadata={"wire": "decryptedContent"})


@_attrs.define(kw_only=True, slots=True)
class UserIdListRespDto:
    """Wire model ``UserIdListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[str], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[str] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserInfoDto:
    """Wire model ``UserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        gender: ``gender``, UserInfoDtoGender, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    gender: UserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})


class UserInfoDtoGender(WireEnum):
    """Enum of ``UserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class UserListCreateDto:
    """Wire model ``UserListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, int, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        user_ids: ``userIds``, list[str], required
    """

    expire_at: int = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class UserListDto:
    """Wire model ``UserListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_list_type: ``userListType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_list_type: Any = _attrs.field(default=None, metadata={"wire": "userListType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class UserListPaginatedRespDto(WireBacked):
    """Wire model ``UserListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserListPagingDto(WireBacked):
    """Wire model ``UserListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RiskListItemDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RiskListItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserListPolicyPaginatedRespDto(WireBacked):
    """Wire model ``UserListPolicyPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RiskListPolicyPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RiskListPolicyPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserListRespDto(WireBacked):
    """Wire model ``UserListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserDto] = _attrs.field(metadata={"wire": "data"})
