# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TenantUserDto`` and its enum (TenantUserDtoGender)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["TenantUserDto", "TenantUserDtoGender"]


@_attrs.define(kw_only=True, slots=True)
class TenantUserDto:
    """Wire model ``TenantUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        logins_count: ``loginsCount``, int, optional
        last_ip: ``lastIp``, str, optional
        gender: ``gender``, TenantUserDtoGender, required
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
        last_login_app: ``lastLoginApp``, str, optional
        user_pool_id: ``userPoolId``, str, required
        tenant_id: ``tenantId``, str, required
        member_id: ``memberId``, str, required
        link_user_id: ``linkUserId``, str, required
        is_tenant_admin: ``isTenantAdmin``, bool, required
        password: ``password``, str, optional
        salt: ``salt``, str, optional
    """

    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    nickname: str | None = _attrs.field(default=None, metadata={"wire": "nickname"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    logins_count: int | None = _attrs.field(default=None, metadata={"wire": "loginsCount"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    gender: TenantUserDtoGender = _attrs.field(metadata={"wire": "gender"})
    birthdate: str | None = _attrs.field(default=None, metadata={"wire": "birthdate"})
    country: str | None = _attrs.field(default=None, metadata={"wire": "country"})
    province: str | None = _attrs.field(default=None, metadata={"wire": "province"})
    city: str | None = _attrs.field(default=None, metadata={"wire": "city"})
    address: str | None = _attrs.field(default=None, metadata={"wire": "address"})
    street_address: str | None = _attrs.field(default=None, metadata={"wire": "streetAddress"})
    postal_code: str | None = _attrs.field(default=None, metadata={"wire": "postalCode"})
    given_name: str | None = _attrs.field(default=None, metadata={"wire": "givenName"})
    family_name: str | None = _attrs.field(default=None, metadata={"wire": "familyName"})
    middle_name: str | None = _attrs.field(default=None, metadata={"wire": "middleName"})
    preferred_username: str | None = _attrs.field(default=None, metadata={"wire": "preferredUsername"})
    last_login_app: str | None = _attrs.field(default=None, metadata={"wire": "lastLoginApp"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    member_id: str = _attrs.field(metadata={"wire": "memberId"})
    link_user_id: str = _attrs.field(metadata={"wire": "linkUserId"})
    is_tenant_admin: bool = _attrs.field(metadata={"wire": "isTenantAdmin"})
    password: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "password"})
    salt: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "salt"})


class TenantUserDtoGender(WireEnum):
    """Enum of ``TenantUserDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"
