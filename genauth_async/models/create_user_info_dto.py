# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateUserInfoDto`` and its enums (CreateUserInfoDtoGender, CreateUserInfoDtoStatus)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .create_identity_dto import CreateIdentityDto
from .create_user_otp_dto import CreateUserOtpDto

__all__ = ["CreateUserInfoDto", "CreateUserInfoDtoGender", "CreateUserInfoDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class CreateUserInfoDto:
    """Wire model ``CreateUserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, CreateUserInfoDtoStatus, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        external_id: ``externalId``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        gender: ``gender``, CreateUserInfoDtoGender, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
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
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        tenant_ids: ``tenantIds``, list[str], optional
        otp: ``otp``, CreateUserOtpDto, optional
        department_ids: ``departmentIds``, list[str], optional
        custom_data: ``customData``, Any, optional
        metadata_source: ``metadataSource``, Any, optional
        identities: ``identities``, list[CreateIdentityDto], optional
        identity_number: ``identityNumber``, str, optional
    """

    status: CreateUserInfoDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    gender: CreateUserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
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
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "salt"})
    tenant_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantIds"})
    otp: CreateUserOtpDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "otp"})
    department_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIds"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    metadata_source: Any = _attrs.field(default=_UNSET, metadata={"wire": "metadataSource"})
    identities: List[CreateIdentityDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identities"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})


class CreateUserInfoDtoGender(WireEnum):
    """Enum of ``CreateUserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class CreateUserInfoDtoStatus(WireEnum):
    """Enum of ``CreateUserInfoDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"
