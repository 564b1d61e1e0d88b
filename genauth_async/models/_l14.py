# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListUsersDto, ..., ListWebhookLogsRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._l13 import (
        ListUsersAdvancedFilterItemDto,
    )
    from ._p1 import (
        PaginationDto,
    )
    from ._s11 import (
        SortingDto,
    )
    from ._w2 import (
        WebhookLogDto,
    )

__all__ = [
    "ListUsersDto", "ListUsersLegacyDto", "ListUsersLegacyParamsStatus", "ListUsersOptionsDto",
    "ListUsersOptionsDtoFuzzySearchOn", "ListUsersRequestDto",
    "ListWebAuthnAuthenticatorDeviceDataDto", "ListWebhookLogs", "ListWebhookLogsData",
    "ListWebhookLogsRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListUsersDto:
    """Wire model ``ListUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        updated_at_start: ``updatedAtStart``, Any, optional
        updated_at_end: ``updatedAtEnd``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        with_user_password_expire_time: ``withUserPasswordExpireTime``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    updated_at_start: Any = _attrs.field(default=None, metadata={"wire": "updatedAtStart"})
    updated_at_end: Any = _attrs.field(default=None, metadata={"wire": "updatedAtEnd"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    with_user_password_expire_time: Any = _attrs.field(default=None, metadata={"wire": "withUserPasswordExpireTime"})


@_attrs.define(kw_only=True, slots=True)
class ListUsersLegacyDto:
    """Wire model ``ListUsersLegacyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        updated_at_start: ``updatedAtStart``, Any, optional
        updated_at_end: ``updatedAtEnd``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    updated_at_start: Any = _attrs.field(default=None, metadata={"wire": "updatedAtStart"})
    updated_at_end: Any = _attrs.field(default=None, metadata={"wire": "updatedAtEnd"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class ListUsersLegacyParamsStatus(WireEnum):
    """Enum of ``ListUsersLegacyParams.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class ListUsersOptionsDto:
    """Wire model ``ListUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        sort: ``sort``, list[SortingDto], optional
        fuzzy_search_on: ``fuzzySearchOn``, list[ListUsersOptionsDtoFuzzySearchOn], optional
        with_custom_data: ``withCustomData``, bool, optional
        with_post: ``withPost``, bool, optional
        with_identities: ``withIdentities``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
        flat_custom_data: ``flatCustomData``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    sort: List[SortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    fuzzy_search_on: List[ListUsersOptionsDtoFuzzySearchOn] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fuzzySearchOn"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_post: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPost"})
    with_identities: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withIdentities"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})
    flat_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "flatCustomData"})


class ListUsersOptionsDtoFuzzySearchOn(WireEnum):
    """Enum of ``ListUsersOptionsDto.fuzzySearchOn`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    USERNAME = "username"
    EXTERNALID = "externalId"
    NICKNAME = "nickname"
    COMPANY = "company"
    GIVENNAME = "givenName"
    FAMILYNAME = "familyName"
    MIDDLENAME = "middleName"
    PROFILE = "profile"
    PREFERREDUSERNAME = "preferredUsername"
    WEBSITE = "website"
    ADDRESS = "address"
    FORMATTED = "formatted"
    STREETADDRESS = "streetAddress"
    POSTALCODE = "postalCode"
    IDENTITYNUMBER = "identityNumber"


@_attrs.define(kw_only=True, slots=True)
class ListUsersRequestDto:
    """Wire model ``ListUsersRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListUsersAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListUsersOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListUsersAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListWebAuthnAuthenticatorDeviceDataDto:
    """Wire model ``ListWebAuthnAuthenticatorDeviceDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogs:
    """Wire model ``ListWebhookLogs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogsData(WireBacked):
    """Wire model ``ListWebhookLogsData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookLogDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogsRespDto(WireBacked):
    """Wire model ``ListWebhookLogsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListWebhookLogsData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListWebhookLogsData = _attrs.field(metadata={"wire": "data"})
