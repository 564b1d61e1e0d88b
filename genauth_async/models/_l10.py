# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListPostBatchDto, ..., ListResourceTargets)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._p1 import (
        PaginationDto,
    )
    from ._s11 import (
        SortingDto,
    )

__all__ = [
    "ListPostBatchDto", "ListPostDto", "ListPublicAccountDataDto",
    "ListPublicAccountDataDtoUsertype", "ListPublicAccountsAdvancedFilterItemDto",
    "ListPublicAccountsAdvancedFilterItemDtoOperator", "ListPublicAccountsOptionsDto",
    "ListPublicAccountsOptionsDtoFuzzySearchOn", "ListPublicAccountsRequestDto",
    "ListResourceTargets",
]


@_attrs.define(kw_only=True, slots=True)
class ListPostBatchDto:
    """Wire model ``ListPostBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        skip_count: ``skipCount``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        with_metadata: ``withMetadata``, bool, optional
        with_custom_data: ``withCustomData``, bool, optional
        flat_custom_data: ``flatCustomData``, bool, optional
        metadata_no_field_id: ``metadataNoFieldId``, bool, optional
        created_after: ``createdAfter``, int, optional
        created_before: ``createdBefore``, int, optional
        updated_after: ``updatedAfter``, int, optional
        updated_before: ``updatedBefore``, int, optional
        post_codes: ``postCodes``, list[str], optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    skip_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "skipCount"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    with_metadata: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withMetadata"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    flat_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "metadataNoFieldId"})
    created_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdAfter"})
    created_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdBefore"})
    updated_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedAfter"})
    updated_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedBefore"})
    post_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postCodes"})


@_attrs.define(kw_only=True, slots=True)
class ListPostDto:
    """Wire model ``ListPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        skip_count: ``skipCount``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        metadata_no_field_id: ``metadataNoFieldId``, Any, optional
        created_after: ``createdAfter``, Any, optional
        created_before: ``createdBefore``, Any, optional
        updated_after: ``updatedAfter``, Any, optional
        updated_before: ``updatedBefore``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    skip_count: Any = _attrs.field(default=None, metadata={"wire": "skipCount"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: Any = _attrs.field(default=None, metadata={"wire": "metadataNoFieldId"})
    created_after: Any = _attrs.field(default=None, metadata={"wire": "createdAfter"})
    created_before: Any = _attrs.field(default=None, metadata={"wire": "createdBefore"})
    updated_after: Any = _attrs.field(default=None, metadata={"wire": "updatedAfter"})
    updated_before: Any = _attrs.field(default=None, metadata={"wire": "updatedBefore"})


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountDataDto:
    """Wire model ``ListPublicAccountDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        avatar: ``avatar``, str, optional
        display_name: ``displayName``, str, optional
        usertype: ``usertype``, ListPublicAccountDataDtoUsertype, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    avatar: str | None = _attrs.field(default=None, metadata={"wire": "avatar"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    usertype: ListPublicAccountDataDtoUsertype | None = _attrs.field(default=None, metadata={"wire": "usertype"})


class ListPublicAccountDataDtoUsertype(WireEnum):
    """Enum of ``ListPublicAccountDataDto.usertype`` (unknown wire values are kept, not rejected)."""

    V_1 = "1"
    V_2 = "2"


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsAdvancedFilterItemDto:
    """Wire model ``ListPublicAccountsAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListPublicAccountsAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListPublicAccountsAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListPublicAccountsAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListPublicAccountsAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsOptionsDto:
    """Wire model ``ListPublicAccountsOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        sort: ``sort``, list[SortingDto], optional
        fuzzy_search_on: ``fuzzySearchOn``, list[ListPublicAccountsOptionsDtoFuzzySearchOn], optional
        with_custom_data: ``withCustomData``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    sort: List[SortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    fuzzy_search_on: List[ListPublicAccountsOptionsDtoFuzzySearchOn] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fuzzySearchOn"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})


class ListPublicAccountsOptionsDtoFuzzySearchOn(WireEnum):
    """Enum of ``ListPublicAccountsOptionsDto.fuzzySearchOn`` (unknown wire values are kept, not rejected)."""

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
class ListPublicAccountsRequestDto:
    """Wire model ``ListPublicAccountsRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListPublicAccountsAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListPublicAccountsOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListPublicAccountsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargets:
    """Wire model ``ListResourceTargets`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        actions: ``actions``, list[str], required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
