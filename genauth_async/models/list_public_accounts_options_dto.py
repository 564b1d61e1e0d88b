# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPublicAccountsOptionsDto`` and its enum (ListPublicAccountsOptionsDtoFuzzySearchOn)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .pagination_dto import PaginationDto
from .sorting_dto import SortingDto

__all__ = ["ListPublicAccountsOptionsDto", "ListPublicAccountsOptionsDtoFuzzySearchOn"]


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
