# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (InviteeProfileDto, ..., IsActionAllowedDataDto)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "InviteeProfileDto", "InviteeProfileDtoGender", "InviterDetailDto", "IpListCreateDto",
    "IpListDto", "IpListPaginatedRespDto", "IpListPagingDto", "IpListRespDto",
    "IsActionAllowedDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class InviteeProfileDto:
    """Wire model ``InviteeProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        nickname: ``nickname``, str, optional
        company: ``company``, str, optional
        photo: ``photo``, str, optional
        device: ``device``, str, optional
        browser: ``browser``, str, optional
        name: ``name``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        gender: ``gender``, InviteeProfileDtoGender, optional
        birthdate: ``birthdate``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        address: ``address``, str, optional
        formatted: ``formatted``, str, optional
        street_address: ``streetAddress``, str, optional
        locality: ``locality``, str, optional
        region: ``region``, str, optional
        postal_code: ``postalCode``, str, optional
        country: ``country``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    gender: InviteeProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    locality: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locality"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


class InviteeProfileDtoGender(WireEnum):
    """Enum of ``InviteeProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class InviterDetailDto:
    """Wire model ``InviterDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_name: ``displayName``, str, required
    """

    display_name: str = _attrs.field(metadata={"wire": "displayName"})


@_attrs.define(kw_only=True, slots=True)
class IpListCreateDto:
    """Wire model ``IpListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, str, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        ip_type: ``ipType``, str, required
        ips: ``ips``, str, required
    """

    expire_at: str = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    ips: str = _attrs.field(metadata={"wire": "ips"})


@_attrs.define(kw_only=True, slots=True)
class IpListDto:
    """Wire model ``IpListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ip_type: ``ipType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    ip_type: Any = _attrs.field(default=None, metadata={"wire": "ipType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class IpListPaginatedRespDto(WireBacked):
    """Wire model ``IpListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IpListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IpListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IpListPagingDto(WireBacked):
    """Wire model ``IpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[IpListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[IpListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class IpListRespDto:
    """Wire model ``IpListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        ip: ``ip``, str, required
        ip_type: ``ipType``, str, required
        add_type: ``addType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    ip: str = _attrs.field(metadata={"wire": "ip"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDataDto:
    """Wire model ``IsActionAllowedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        allowed: ``allowed``, bool, required
    """

    allowed: bool = _attrs.field(metadata={"wire": "allowed"})
