# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserDto`` and its enums (UserDtoGender, UserDtoStatus, UserDtoUserSourceType, UserDtoWorkStatus)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .identity_dto import IdentityDto

__all__ = ["UserDto", "UserDtoGender", "UserDtoStatus", "UserDtoUserSourceType", "UserDtoWorkStatus"]


@_attrs.define(kw_only=True, slots=True)
class UserDto(WireBacked):
    """Wire model ``UserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        status: ``status``, UserDtoStatus, required
        work_status: ``workStatus``, UserDtoWorkStatus, required
        external_id: ``externalId``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        logins_count: ``loginsCount``, int, optional
        last_login: ``lastLogin``, str, optional
        last_ip: ``lastIp``, str, optional
        gender: ``gender``, UserDtoGender, required
        email_verified: ``emailVerified``, bool, required
        phone_verified: ``phoneVerified``, bool, required
        password_last_set_at: ``passwordLastSetAt``, str, optional
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
        user_source_type: ``userSourceType``, UserDtoUserSourceType, required
        user_source_id: ``userSourceId``, str, optional
        last_login_app: ``lastLoginApp``, str, optional
        main_department_id: ``mainDepartmentId``, str, optional
        last_mfa_time: ``lastMfaTime``, str, optional
        password_security_level: ``passwordSecurityLevel``, int, optional
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        register_source: ``registerSource``, list[str], optional
        department_ids: ``departmentIds``, list[str], optional
        identities: ``identities``, list[IdentityDto], optional
        identity_number: ``identityNumber``, str, optional
        custom_data: ``customData``, Any, optional
        metadata_source: ``metadataSource``, Any, optional
        post_id_list: ``postIdList``, list[str], optional
        status_changed_at: ``statusChangedAt``, str, optional
        tenant_id: ``tenantId``, str, optional
        signed_up: ``signedUp``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    status: UserDtoStatus = _attrs.field(metadata={"wire": "status"})
    work_status: UserDtoWorkStatus = _attrs.field(metadata={"wire": "workStatus"})
    external_id: str | None = _attrs.field(default=None, metadata={"wire": "externalId"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    nickname: str | None = _attrs.field(default=None, metadata={"wire": "nickname"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    logins_count: int | None = _attrs.field(default=None, metadata={"wire": "loginsCount"})
    last_login: str | None = _attrs.field(default=None, metadata={"wire": "lastLogin"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    gender: UserDtoGender = _attrs.field(metadata={"wire": "gender"})
    email_verified: bool = _attrs.field(metadata={"wire": "emailVerified"})
    phone_verified: bool = _attrs.field(metadata={"wire": "phoneVerified"})
    password_last_set_at: str | None = _attrs.field(default=None, metadata={"wire": "passwordLastSetAt"})
    birthdate: str | None = _attrs.field(default=None, metadata={"wire": "birthdate"})
    country: str | None = _attrs.field(default=None, metadata={"wire": "country"})
    province: str | None = _attrs.field(default=None, metadata={"wire": "province"})
    city: str | None = _attrs.field(default=None, metadata={"wire": "city"})
    address: str | None = _attrs.field(default=None, metadata={"wire": "address"})
    street_address: str | None = _attrs.field(default=None, metadata={"wire": "streetAddress"})
    postal_code: str | None = _attrs.field(default=None, metadata={"wire": "postalCode"})
    company: str | None = _attrs.field(default=None, metadata={"wire": "company"})
    browser: str | None = _attrs.field(default=None, metadata={"wire": "browser"})
    device: str | None = _attrs.field(default=None, metadata={"wire": "device"})
    given_name: str | None = _attrs.field(default=None, metadata={"wire": "givenName"})
    family_name: str | None = _attrs.field(default=None, metadata={"wire": "familyName"})
    middle_name: str | None = _attrs.field(default=None, metadata={"wire": "middleName"})
    profile: str | None = _attrs.field(default=None, metadata={"wire": "profile"})
    preferred_username: str | None = _attrs.field(default=None, metadata={"wire": "preferredUsername"})
    website: str | None = _attrs.field(default=None, metadata={"wire": "website"})
    zoneinfo: str | None = _attrs.field(default=None, metadata={"wire": "zoneinfo"})
    locale: str | None = _attrs.field(default=None, metadata={"wire": "locale"})
    formatted: str | None = _attrs.field(default=None, metadata={"wire": "formatted"})
    region: str | None = _attrs.field(default=None, metadata={"wire": "region"})
    user_source_type: UserDtoUserSourceType = _attrs.field(metadata={"wire": "userSourceType"})
    user_source_id: str | None = _attrs.field(default=None, metadata={"wire": "userSourceId"})
    last_login_app: str | None = _attrs.field(default=None, metadata={"wire": "lastLoginApp"})
    main_department_id: str | None = _attrs.field(default=None, metadata={"wire": "mainDepartmentId"})
    last_mfa_time: str | None = _attrs.field(default=None, metadata={"wire": "lastMfaTime"})
    password_security_level: int | None = _attrs.field(default=None, metadata={"wire": "passwordSecurityLevel"})
    reset_password_on_next_login: bool | None = _attrs.field(default=None, metadata={"wire": "resetPasswordOnNextLogin"})
    register_source: List[str] | None = _attrs.field(default=None, metadata={"wire": "registerSource"})
    department_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIds"})
    identities: List[IdentityDto] | None = _attrs.field(default=None, metadata={"wire": "identities"})
    identity_number: str | None = _attrs.field(default=None, metadata={"wire": "identityNumber"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    metadata_source: Any = _attrs.field(default=None, metadata={"wire": "metadataSource"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status_changed_at: str | None = _attrs.field(default=None, metadata={"wire": "statusChangedAt"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    signed_up: str | None = _attrs.field(default=None, metadata={"wire": "signedUp"})


class UserDtoGender(WireEnum):
    """Enum of ``UserDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UserDtoStatus(WireEnum):
    """Enum of ``UserDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


class UserDtoUserSourceType(WireEnum):
    """Enum of ``UserDto.userSourceType`` (unknown wire values are kept, not rejected)."""

    EXCEL = "excel"
    REGISTER = "register"
    ADMIN_CREATED = "adminCreated"
    SYNC = "sync"


class UserDtoWorkStatus(WireEnum):
    """Enum of ``UserDto.workStatus`` (unknown wire values are kept, not rejected)."""

    CLOSED = "Closed"
    ACTIVE = "Active"
