# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InviteeProfileDto`` and its enum (InviteeProfileDtoGender)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["InviteeProfileDto", "InviteeProfileDtoGender"]


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
