# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdatePipelineFunctionDto, ..., UpdatePublicAccountInfoDtoStatus)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s3 import (
        SendResetPasswordNotificationDto,
    )

__all__ = [
    "UpdatePipelineFunctionDto", "UpdatePipelineOrderDto", "UpdatePipelineOrderDtoScene",
    "UpdatePublicAccountBatchOptionsDto", "UpdatePublicAccountBatchOptionsDtoPasswordEncryptType",
    "UpdatePublicAccountBatchReqDto", "UpdatePublicAccountInfoDto",
    "UpdatePublicAccountInfoDtoGender", "UpdatePublicAccountInfoDtoStatus",
]


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineFunctionDto:
    """Wire model ``UpdatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, optional
        func_description: ``funcDescription``, str, optional
        source_code: ``sourceCode``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    source_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceCode"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineOrderDto:
    """Wire model ``UpdatePipelineOrderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        order: ``order``, list[str], required
        scene: ``scene``, UpdatePipelineOrderDtoScene, required
    """

    order: List[str] = _attrs.field(metadata={"wire": "order"})
    scene: UpdatePipelineOrderDtoScene = _attrs.field(metadata={"wire": "scene"})


class UpdatePipelineOrderDtoScene(WireEnum):
    """Enum of ``UpdatePipelineOrderDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountBatchOptionsDto:
    """Wire model ``UpdatePublicAccountBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePublicAccountBatchOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdatePublicAccountBatchOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdatePublicAccountBatchOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePublicAccountBatchOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountBatchReqDto:
    """Wire model ``UpdatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdatePublicAccountInfoDto], required
        options: ``options``, UpdatePublicAccountBatchOptionsDto, optional
    """

    list: List[UpdatePublicAccountInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdatePublicAccountBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountInfoDto:
    """Wire model ``UpdatePublicAccountInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdatePublicAccountInfoDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdatePublicAccountInfoDtoGender, optional
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
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdatePublicAccountInfoDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdatePublicAccountInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
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


class UpdatePublicAccountInfoDtoGender(WireEnum):
    """Enum of ``UpdatePublicAccountInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdatePublicAccountInfoDtoStatus(WireEnum):
    """Enum of ``UpdatePublicAccountInfoDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"
