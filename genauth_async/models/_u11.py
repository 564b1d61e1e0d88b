# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateTenantDto, ..., UpdateUserInfoDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s3 import (
        SendResetPasswordNotificationDto,
    )
    from ._u12 import (
        UpdateUserInfoDtoGender, UpdateUserInfoDtoStatus,
    )

__all__ = [
    "UpdateTenantDto", "UpdateTenantUserDto", "UpdateTerminalDto", "UpdateTerminalUserDto",
    "UpdateUniversalInvitationDto", "UpdateUserBatchOptionsDto",
    "UpdateUserBatchOptionsDtoPasswordEncryptType", "UpdateUserBatchReqDto", "UpdateUserInfoDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantDto:
    """Wire model ``UpdateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        name: ``name``, str, optional
        app_ids: ``appIds``, list[str], optional
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTenantUserDto:
    """Wire model ``UpdateTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        updates: ``updates``, Any, required
        tenant_id: ``tenantId``, str, required
        link_user_id: ``linkUserId``, str, optional
        member_id: ``memberId``, str, optional
    """

    updates: Any = _attrs.field(metadata={"wire": "updates"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTerminalDto:
    """Wire model ``UpdateTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class UpdateTerminalUserDto:
    """Wire model ``UpdateTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUniversalInvitationDto:
    """Wire model ``UpdateUniversalInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, bool, optional
        member_invitation_config: ``memberInvitationConfig``, bool, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledMemberInvitation"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUserBatchOptionsDto:
    """Wire model ``UpdateUserBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdateUserBatchOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdateUserBatchOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdateUserBatchOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdateUserBatchOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdateUserBatchReqDto:
    """Wire model ``UpdateUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdateUserInfoDto], required
        options: ``options``, UpdateUserBatchOptionsDto, optional
    """

    list: List[UpdateUserInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdateUserBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUserInfoDto:
    """Wire model ``UpdateUserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdateUserInfoDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdateUserInfoDtoGender, optional
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
        metadata: ``metadata``, Any, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdateUserInfoDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdateUserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
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
    metadata: Any = _attrs.field(default=_UNSET, metadata={"wire": "metadata"})
