# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePublicAccountReqDto`` and its enums (UpdatePublicAccountReqDtoGender, UpdatePublicAccountReqDtoStatus)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .update_public_account_options_dto import UpdatePublicAccountOptionsDto

__all__ = ["UpdatePublicAccountReqDto", "UpdatePublicAccountReqDtoGender", "UpdatePublicAccountReqDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountReqDto:
    """Wire model ``UpdatePublicAccountReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdatePublicAccountReqDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdatePublicAccountReqDtoGender, optional
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        password: ``password``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        identity_number: ``identityNumber``, str, optional
        custom_data: ``customData``, Any, optional
        options: ``options``, UpdatePublicAccountOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdatePublicAccountReqDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdatePublicAccountReqDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    options: UpdatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class UpdatePublicAccountReqDtoGender(WireEnum):
    """Enum of ``UpdatePublicAccountReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdatePublicAccountReqDtoStatus(WireEnum):
    """Enum of ``UpdatePublicAccountReqDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"
