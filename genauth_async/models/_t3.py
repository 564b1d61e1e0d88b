# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TenantUserDto, ..., TerminalInfoDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "TenantUserDto", "TenantUserDtoGender", "TenantUserListPaginatedRespDto",
    "TenantUserListPagingDto", "TenantUserRespDto", "TenantUserSingleRespDto",
    "TencentExmailEmailProviderConfig", "TencentExmailEmailProviderConfigInput", "TerminalBaseDto",
    "TerminalInfoDto",
]


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


@_attrs.define(kw_only=True, slots=True)
class TenantUserListPaginatedRespDto(WireBacked):
    """Wire model ``TenantUserListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserListPagingDto(WireBacked):
    """Wire model ``TenantUserListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[TenantUserDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[TenantUserDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserRespDto(WireBacked):
    """Wire model ``TenantUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TenantUserSingleRespDto(WireBacked):
    """Wire model ``TenantUserSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TencentExmailEmailProviderConfig:
    """Wire model ``TencentExmailEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class TencentExmailEmailProviderConfigInput:
    """Wire model ``TencentExmailEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class TerminalBaseDto:
    """Wire model ``TerminalBaseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class TerminalInfoDto:
    """Wire model ``TerminalInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        device_unique_id: ``deviceUniqueId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})
