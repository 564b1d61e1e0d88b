# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTenantUserReqDto`` and its enum (CreateTenantUserReqDtoGender)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .create_tenant_user_options_dto import CreateTenantUserOptionsDto

__all__ = ["CreateTenantUserReqDto", "CreateTenantUserReqDtoGender"]


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserReqDto:
    """Wire model ``CreateTenantUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        gender: ``gender``, CreateTenantUserReqDtoGender, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        options: ``options``, CreateTenantUserOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    gender: CreateTenantUserReqDtoGender = _attrs.field(metadata={"wire": "gender"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "salt"})
    options: CreateTenantUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class CreateTenantUserReqDtoGender(WireEnum):
    """Enum of ``CreateTenantUserReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"
