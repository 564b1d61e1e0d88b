# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateUserInfoDto, ..., UserTenantListDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ApplicationLoginConfigDto,
    )
    from ._d import (
        DataResourceActionListDto, DepartmentI18nDto,
    )
    from ._g1 import (
        GeoIp,
    )
    from ._g3 import (
        GroupDto,
    )
    from ._i import (
        ISsoPageCustomizationSettingsDto, IdentityDto, InvitationDepartmentRespDto,
        InvitationPostRespDto,
    )
    from ._o import (
        OpenResource,
    )
    from ._p import (
        ParsedUserAgent,
    )
    from ._r import (
        RiskListItemDto, RiskListPolicyPagingDto, RoleDto,
    )
    from ._s1 import (
        SendResetPasswordNotificationDto,
    )
    from ._u1 import (
        UpdateLoginConfig,
    )
    from ._w import (
        WebhookDto, WebhookRetryConfigV3Dto,
    )

__all__ = [
    "UpdateUserInfoDto", "UpdateUserInfoDtoGender", "UpdateUserInfoDtoStatus",
    "UpdateUserOptionsDto", "UpdateUserOptionsDtoPasswordEncryptType",
    "UpdateUserOptionsDtoUserIdType", "UpdateUserPoolTenantLoginConfigDto", "UpdateUserProfileDto",
    "UpdateUserProfileDtoGender", "UpdateUserReqDto", "UpdateUserReqDtoGender",
    "UpdateUserReqDtoStatus", "UpdateWebhookDto", "UpdateWebhookDtoContentType",
    "UpdateWebhookDtoEvents", "UpdateWebhooksRespDto", "UploadDataDto", "UploadDto",
    "UploadRespDto", "User", "UserActionLogDto", "UserActionLogDtoEventType",
    "UserActionLogRespData", "UserActionLogRespDto", "UserAttributionDto",
    "UserAttributionDtoTargetType", "UserAttributionMainDepartmentDto",
    "UserAttributionMainDepartmentRespDto", "UserAttributionPaginationDto",
    "UserAttributionPaginationRespDto", "UserAttributionSingleRespDto", "UserAuthResourceListDto",
    "UserConnectionPostDto", "UserDepartmentPaginatedRespDto", "UserDepartmentPagingDto",
    "UserDepartmentRespDto", "UserDto", "UserDtoGender", "UserDtoStatus", "UserDtoUserSourceType",
    "UserDtoWorkStatus", "UserFieldDecryptReqDto", "UserFieldDecryptReqItemDto",
    "UserFieldDecryptRespDto", "UserFieldDecryptRespItemDto", "UserIdListRespDto", "UserInfoDto",
    "UserInfoDtoGender", "UserListCreateDto", "UserListDto", "UserListPaginatedRespDto",
    "UserListPagingDto", "UserListPolicyPaginatedRespDto", "UserListRespDto",
    "UserLoggedInAppsDto", "UserLoggedInAppsListRespDto", "UserLoggedInIdentitiesDto",
    "UserLoggedInIdentitiesRespDto", "UserLoginHistoryDto", "UserLoginHistoryPaginatedRespDto",
    "UserLoginHistoryPagingDto", "UserMfaRespDto", "UserMfaSingleRespDto", "UserPaginatedRespDto",
    "UserPagingDto", "UserPermissionListDto", "UserPermissionResourceDto",
    "UserPermissionResourceOtherDto", "UserPoolPublicConfigDto", "UserPoolTenantConfigDto",
    "UserPoolTenantConfigDtoEnableSwitchType", "UserPoolTenantConfigDtoRespDto",
    "UserSingleRespDto", "UserSyncRelationDto", "UserTenantListDto",
]


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
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
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


class UpdateUserInfoDtoGender(WireEnum):
    """Enum of ``UpdateUserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdateUserInfoDtoStatus(WireEnum):
    """Enum of ``UpdateUserInfoDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class UpdateUserOptionsDto:
    """Wire model ``UpdateUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, UpdateUserOptionsDtoUserIdType, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdateUserOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    user_id_type: UpdateUserOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdateUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdateUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdateUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


class UpdateUserOptionsDtoUserIdType(WireEnum):
    """Enum of ``UpdateUserOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class UpdateUserPoolTenantLoginConfigDto:
    """Wire model ``UpdateUserPoolTenantLoginConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update: ``update``, UpdateLoginConfig, required
    """

    update: UpdateLoginConfig = _attrs.field(metadata={"wire": "update"})


@_attrs.define(kw_only=True, slots=True)
class UpdateUserProfileDto:
    """Wire model ``UpdateUserProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdateUserProfileDtoGender, optional
        username: ``username``, str, optional
        company: ``company``, str, optional
        custom_data: ``customData``, Any, optional
        identity_number: ``identityNumber``, str, optional
    """

    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdateUserProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})


class UpdateUserProfileDtoGender(WireEnum):
    """Enum of ``UpdateUserProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class UpdateUserReqDto:
    """Wire model ``UpdateUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        status: ``status``, UpdateUserReqDtoStatus, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdateUserReqDtoGender, optional
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
        options: ``options``, UpdateUserOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    status: UpdateUserReqDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdateUserReqDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
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
    options: UpdateUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class UpdateUserReqDtoGender(WireEnum):
    """Enum of ``UpdateUserReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class UpdateUserReqDtoStatus(WireEnum):
    """Enum of ``UpdateUserReqDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class UpdateWebhookDto:
    """Wire model ``UpdateWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        name: ``name``, str, optional
        url: ``url``, str, optional
        events: ``events``, list[UpdateWebhookDtoEvents], optional
        content_type: ``contentType``, UpdateWebhookDtoContentType, optional
        enabled: ``enabled``, bool, optional
        secret: ``secret``, str, optional
        retry_config: ``retryConfig``, WebhookRetryConfigV3Dto, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "url"})
    events: List[UpdateWebhookDtoEvents] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "events"})
    content_type: UpdateWebhookDtoContentType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "contentType"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})
    secret: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "secret"})
    retry_config: WebhookRetryConfigV3Dto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "retryConfig"})


class UpdateWebhookDtoContentType(WireEnum):
    """Enum of ``UpdateWebhookDto.contentType`` (unknown wire values are kept, not rejected)."""

    APPLICATION_JSON = "application/json"
    APPLICATION_X_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"


class UpdateWebhookDtoEvents(WireEnum):
    """Enum of ``UpdateWebhookDto.events`` (unknown wire values are kept, not rejected)."""

    TEST = "test"
    REGISTER = "register"
    LOGIN = "login"
    MFA_VERIFIED = "mfa:verified"
    KICK = "kick"
    USER_CREATED = "user:created"
    USER_PASSWORD_CHANGED = "user:password-changed"
    USER_UPDATED = "user:updated"
    USER_EMAIL_VERIFIED = "user:email-verified"
    USER_ARCHIVED = "user:archived"
    USER_UNARCHIVED = "user:unarchived"
    USER_BLOCKED = "user:blocked"
    USER_UNBLOCKED = "user:unblocked"
    USER_DELETED = "user:deleted"
    USER_REGISTER_WHITELIST_ADDED = "user:register-whitelist-added"
    USER_REGISTER_WHITELIST_DELETED = "user:register-whitelist-deleted"
    USER_UDV_CHANGED = "user:udv-changed"
    USER_LINK_ACCOUNT = "user:link-account"
    USER_PASSWORD_UPDATE_REMIND = "user:password-update-remind"
    USER_ORGANIZATION_NODE_UPDATE = "user:organization-node-update"
    PERMISSION_REVOKE = "permission:revoke"
    PERMISSION_ADD = "permission:add"
    RESOURCE_CREATED = "resource:created"
    RESOURCE_DELETE = "resource:delete"
    RESOURCE_UPDATED = "resource:updated"
    ROLE_CREATED = "role:created"
    ROLE_UPDATED = "role:updated"
    ROLE_DELETED = "role:deleted"
    ROLE_DISABLE = "role:disable"
    ROLE_ASSIGNED = "role:assigned"
    SUBJECT_REMOVE = "subject:remove"
    ROLE_UNASSIGNED = "role:unassigned"
    ROLE_UDV_CHANGED = "role:udv-changed"
    APPLICATION_MFA_ENABLED = "application:mfa:enabled"
    APPLICATION_MFA_DISABLED = "application:mfa:disabled"
    GROUP_CREATED = "group:created"
    GROUP_UPDATED = "group:updated"
    GROUP_DELETED = "group:deleted"
    GROUP_MEMBER_ADDED = "group:member-added"
    GROUP_MEMBER_REMOVED = "group:member-removed"
    ORGANIZATION_CREATED = "organization:created"
    ORGANIZATION_IMPORTED = "organization:imported"
    ORGANIZATION_DELETED = "organization:deleted"
    ORGANIZATION_NODE_ADDED = "organization:node-added"
    ORGANIZATION_NODE_UPDATED = "organization:node-updated"
    ORGANIZATION_TREE_UPDATED = "organization:tree-updated"
    ORGANIZATION_NODE_DELETED = "organization:node-deleted"
    ORGANIZATION_NODE_MOVED = "organization:node-moved"
    ORGANIZATION_MEMBER_ADDED = "organization:member-added"
    ORGANIZATION_MEMBER_REMOVED = "organization:member-removed"
    ORGANIZATION_UDV_CHANGED = "organization:udv-changed"
    PRIVILEGE_NAMESPACE_CREATED = "privilege-namespace:created"
    PRIVILEGE_NAMESPACE_UPDATED = "privilege-namespace:updated"
    PRIVILEGE_NAMESPACE_DELETED = "privilege-namespace:deleted"
    USER_POOL_COOPERATOR_ADDED = "user-pool:cooperator-added"
    USER_POOL_COOPERATOR_REMOVED = "user-pool:cooperator-removed"
    USER_POOL_SECRET_REFRESHED = "user-pool:secret-refreshed"
    USER_POOL_UPDATED = "user-pool:updated"
    USER_POOL_UDF_ADDED = "user-pool:udf-added"
    USER_POOL_UDF_DELETED = "user-pool:udf-deleted"
    USER_POOL_ENV_ADDED = "user-pool:env-added"
    USER_POOL_ENV_DELETED = "user-pool:env-deleted"
    USER_POOL_ENV_UPDATED = "user-pool:env-updated"
    USER_POOL_LAUNCHPAD_APP_INSTALLED = "user-pool:launchpad-app-installed"
    USER_POOL_LAUNCHPAD_APP_UNINSTALLED = "user-pool:launchpad-app-uninstalled"
    APPLICATION_CREATED = "application:created"
    APPLICATION_UPDATED = "application:updated"
    APPLICATION_DELETED = "application:deleted"
    APPLICATION_SECRET_REFRESHED = "application:secret-refreshed"
    DATA_RESOURCE_CREATED = "data-resource:created"
    DATA_RESOURCE_UPDATED = "data-resource:updated"
    DATA_RESOURCE_DELETED = "data-resource:deleted"
    DATA_STRATEGY_PERMISSION_REVOKE = "data-strategy-permission:revoke"
    DATA_STRATEGY_PERMISSION_ADD = "data-strategy-permission:add"
    UNUSUAL_LOCATION_LOGIN = "unusual-location:login"
    REFRESH_TOKEN = "refresh-token"


@_attrs.define(kw_only=True, slots=True)
class UpdateWebhooksRespDto:
    """Wire model ``UpdateWebhooksRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WebhookDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WebhookDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UploadDataDto:
    """Wire model ``UploadDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        url: ``url``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class UploadDto:
    """Wire model ``UploadDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        folder: ``folder``, str, optional
        is_private: ``isPrivate``, bool, optional
    """

    folder: str | None = _attrs.field(default=None, metadata={"wire": "folder"})
    is_private: bool | None = _attrs.field(default=None, metadata={"wire": "isPrivate"})


@_attrs.define(kw_only=True, slots=True)
class UploadRespDto:
    """Wire model ``UploadRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UploadDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UploadDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class User:
    """Wire model ``User`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class UserActionLogDto:
    """Wire model ``UserActionLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_avatar: ``userAvatar``, str, required
        user_display_name: ``userDisplayName``, str, required
        user_logins_count: ``userLoginsCount``, int, required
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, UserActionLogDtoEventType, required
        event_detail: ``eventDetail``, str, optional
        success: ``success``, bool, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        user_agent: ``userAgent``, str, required
        parsed_user_agent: ``parsedUserAgent``, ParsedUserAgent, required
        geoip: ``geoip``, GeoIp, required
        timestamp: ``timestamp``, str, required
        request_id: ``requestId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_avatar: str = _attrs.field(metadata={"wire": "userAvatar"})
    user_display_name: str = _attrs.field(metadata={"wire": "userDisplayName"})
    user_logins_count: int = _attrs.field(metadata={"wire": "userLoginsCount"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    client_ip: str | None = _attrs.field(default=None, metadata={"wire": "clientIp"})
    event_type: UserActionLogDtoEventType = _attrs.field(metadata={"wire": "eventType"})
    event_detail: str | None = _attrs.field(default=None, metadata={"wire": "eventDetail"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    parsed_user_agent: ParsedUserAgent = _attrs.field(metadata={"wire": "parsedUserAgent"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    request_id: str = _attrs.field(metadata={"wire": "requestId"})


class UserActionLogDtoEventType(WireEnum):
    """Enum of ``UserActionLogDto.eventType`` (unknown wire values are kept, not rejected)."""

    LOGIN = "login"
    LOGOUT = "logout"
    REGISTER = "register"
    VERIFY_MFA = "verifyMfa"
    UPDATE_USER_PREFILE = "updateUserPrefile"
    UPDATE_USER_PASSWORD = "updateUserPassword"
    UPDATE_USER_EMAIL = "updateUserEmail"
    UPDATE_USER_PHONE = "updateUserPhone"
    BIND_MFA = "bindMfa"
    BIND_EMAIL = "bindEmail"
    BIND_PHONE = "bindPhone"
    UNBIND_PHONE = "unbindPhone"
    UNBIND_EMAIL = "unbindEmail"
    UNBIND_MFA = "unbindMFA"
    REFRESH_USER_TOKEN_BY_SELF = "refreshUserTokenBySelf"
    DELETE_ACCOUNT = "deleteAccount"
    VERIFY_FIRST_LOGIN = "verifyFirstLogin"
    SECURITY_RESOURCE_ACCESS = "securityResourceAccess"


@_attrs.define(kw_only=True, slots=True)
class UserActionLogRespData:
    """Wire model ``UserActionLogRespData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserActionLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserActionLogDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserActionLogRespDto:
    """Wire model ``UserActionLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserActionLogRespData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserActionLogRespData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionDto:
    """Wire model ``UserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        policy_id: ``policyId``, str, required
        target_identifier: ``targetIdentifier``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, UserAttributionDtoTargetType, required
        target_detail: ``targetDetail``, InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    target_type: UserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_detail: InvitationDepartmentRespDto | InvitationPostRespDto | RoleDto | GroupDto | None = _attrs.field(default=None, metadata={"wire": "targetDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class UserAttributionDtoTargetType(WireEnum):
    """Enum of ``UserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class UserAttributionMainDepartmentDto:
    """Wire model ``UserAttributionMainDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        department_id: ``departmentId``, str, required
        department_detail: ``departmentDetail``, InvitationDepartmentRespDto, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_detail: InvitationDepartmentRespDto | None = _attrs.field(default=None, metadata={"wire": "departmentDetail"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionMainDepartmentRespDto:
    """Wire model ``UserAttributionMainDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserAttributionMainDepartmentDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserAttributionMainDepartmentDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionPaginationDto:
    """Wire model ``UserAttributionPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[UserAttributionDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[UserAttributionDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionPaginationRespDto:
    """Wire model ``UserAttributionPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserAttributionPaginationDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserAttributionPaginationDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAttributionSingleRespDto:
    """Wire model ``UserAttributionSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserAttributionDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserAttributionDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserAuthResourceListDto:
    """Wire model ``UserAuthResourceListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_list: ``resourceList``, list[OpenResource], optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_list: List[OpenResource] | None = _attrs.field(default=None, metadata={"wire": "resourceList"})


@_attrs.define(kw_only=True, slots=True)
class UserConnectionPostDto:
    """Wire model ``UserConnectionPostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        post_id: ``postId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    post_id: str = _attrs.field(metadata={"wire": "postId"})


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentPaginatedRespDto:
    """Wire model ``UserDepartmentPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserDepartmentPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserDepartmentPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentPagingDto:
    """Wire model ``UserDepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserDepartmentRespDto:
    """Wire model ``UserDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        is_root: ``isRoot``, bool, required
        created_at: ``createdAt``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        open_department_id: ``openDepartmentId``, str, optional
        is_leader: ``isLeader``, bool, required
        code: ``code``, str, required
        is_main_department: ``isMainDepartment``, bool, required
        joined_at: ``joinedAt``, str, required
        is_virtual_node: ``isVirtualNode``, bool, required
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        department_id_path: ``departmentIdPath``, list[str], optional
        department_code_path: ``departmentCodePath``, list[str], optional
        department_name_path: ``departmentNamePath``, list[str], optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    is_root: bool = _attrs.field(metadata={"wire": "isRoot"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    is_leader: bool = _attrs.field(metadata={"wire": "isLeader"})
    code: str = _attrs.field(metadata={"wire": "code"})
    is_main_department: bool = _attrs.field(metadata={"wire": "isMainDepartment"})
    joined_at: str = _attrs.field(metadata={"wire": "joinedAt"})
    is_virtual_node: bool = _attrs.field(metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    department_id_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIdPath"})
    department_code_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentCodePath"})
    department_name_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentNamePath"})


@_attrs.define(kw_only=True, slots=True)
class UserDto:
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


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptReqDto:
    """Wire model ``UserFieldDecryptReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, list[UserFieldDecryptReqItemDto], required
        private_key: ``privateKey``, str, required
    """

    data: List[UserFieldDecryptReqItemDto] = _attrs.field(metadata={"wire": "data"})
    private_key: str = _attrs.field(metadata={"wire": "privateKey"})


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptReqItemDto:
    """Wire model ``UserFieldDecryptReqItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, optional
        field_name: ``fieldName``, str, optional
        encrypted_content: ``encryptedContent``, str, required
    """

    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    field_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldName"})
    encrypted_content: str = _attrs.field(metadata={"wire": "encryptedContent"})


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptRespDto:
    """Wire model ``UserFieldDecryptRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserFieldDecryptRespItemDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserFieldDecryptRespItemDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptRespItemDto:
    """Wire model ``UserFieldDecryptRespItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, optional
        field_name: ``fieldName``, str, optional
        decrypted_content: ``decryptedContent``, str, required
    """

    user_id: str | None = _attrs.field(default=None, metadata={"wire": "userId"})
    field_name: str | None = _attrs.field(default=None, metadata={"wire": "fieldName"})
    decrypted_content: str = _attrs.field(metadata={"wire": "decryptedContent"})


@_attrs.define(kw_only=True, slots=True)
class UserIdListRespDto:
    """Wire model ``UserIdListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[str], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[str] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserInfoDto:
    """Wire model ``UserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        gender: ``gender``, UserInfoDtoGender, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    gender: UserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})


class UserInfoDtoGender(WireEnum):
    """Enum of ``UserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class UserListCreateDto:
    """Wire model ``UserListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, int, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        user_ids: ``userIds``, list[str], required
    """

    expire_at: int = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class UserListDto:
    """Wire model ``UserListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_list_type: ``userListType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_list_type: Any = _attrs.field(default=None, metadata={"wire": "userListType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class UserListPaginatedRespDto:
    """Wire model ``UserListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserListPagingDto:
    """Wire model ``UserListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RiskListItemDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RiskListItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserListPolicyPaginatedRespDto:
    """Wire model ``UserListPolicyPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RiskListPolicyPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RiskListPolicyPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserListRespDto:
    """Wire model ``UserListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInAppsDto:
    """Wire model ``UserLoggedInAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInAppsListRespDto:
    """Wire model ``UserLoggedInAppsListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserLoggedInAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserLoggedInAppsDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInIdentitiesDto:
    """Wire model ``UserLoggedInIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identity_id: ``identityId``, str, required
        idp_name: ``idpName``, str, required
        idp_name_en: ``idpNameEn``, str, required
        idp_logo: ``idpLogo``, str, required
        idp_id: ``idpId``, str, required
    """

    identity_id: str = _attrs.field(metadata={"wire": "identityId"})
    idp_name: str = _attrs.field(metadata={"wire": "idpName"})
    idp_name_en: str = _attrs.field(metadata={"wire": "idpNameEn"})
    idp_logo: str = _attrs.field(metadata={"wire": "idpLogo"})
    idp_id: str = _attrs.field(metadata={"wire": "idpId"})


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInIdentitiesRespDto:
    """Wire model ``UserLoggedInIdentitiesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserLoggedInIdentitiesDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserLoggedInIdentitiesDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryDto:
    """Wire model ``UserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
        client_ip: ``clientIp``, str, required
        user_agent: ``userAgent``, str, optional
        time: ``time``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    client_ip: str = _attrs.field(metadata={"wire": "clientIp"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})
    time: str = _attrs.field(metadata={"wire": "time"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryPaginatedRespDto:
    """Wire model ``UserLoginHistoryPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserLoginHistoryPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserLoginHistoryPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserLoginHistoryPagingDto:
    """Wire model ``UserLoginHistoryPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserLoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserLoginHistoryDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserMfaRespDto:
    """Wire model ``UserMfaRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        totp_status: ``totpStatus``, str, required
        face_mfa_status: ``faceMfaStatus``, str, required
        sms_mfa_status: ``smsMfaStatus``, str, required
        email_mfa_status: ``emailMfaStatus``, str, required
    """

    totp_status: str = _attrs.field(metadata={"wire": "totpStatus"})
    face_mfa_status: str = _attrs.field(metadata={"wire": "faceMfaStatus"})
    sms_mfa_status: str = _attrs.field(metadata={"wire": "smsMfaStatus"})
    email_mfa_status: str = _attrs.field(metadata={"wire": "emailMfaStatus"})


@_attrs.define(kw_only=True, slots=True)
class UserMfaSingleRespDto:
    """Wire model ``UserMfaSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserMfaRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserMfaRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserPaginatedRespDto:
    """Wire model ``UserPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserPagingDto:
    """Wire model ``UserPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UserDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UserDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class UserPermissionListDto:
    """Wire model ``UserPermissionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_list: ``resourceList``, list[OpenResource], optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_list: List[OpenResource] | None = _attrs.field(default=None, metadata={"wire": "resourceList"})


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceDto:
    """Wire model ``UserPermissionResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[DataResourceActionListDto], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[DataResourceActionListDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceOtherDto:
    """Wire model ``UserPermissionResourceOtherDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[str], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[str] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class UserPoolPublicConfigDto:
    """Wire model ``UserPoolPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        logo: ``logo``, str, optional
        description: ``description``, str, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class UserPoolTenantConfigDto:
    """Wire model ``UserPoolTenantConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool_id: ``userPoolId``, str, required
        is_user_pool_as_tenant: ``isUserPoolAsTenant``, bool, required
        enable_switch_type: ``enableSwitchType``, UserPoolTenantConfigDtoEnableSwitchType, required
        css: ``css``, str, required
        css_enabled: ``cssEnabled``, bool, required
        custom_loading: ``customLoading``, str, required
        enable_guard_version_switch: ``enableGuardVersionSwitch``, bool, required
        guard_version: ``guardVersion``, str, required
        loading_background: ``loadingBackground``, str, required
        enable_create_tenant: ``enableCreateTenant``, bool, required
        create_tenant_scenes: ``createTenantScenes``, list[str], required
        enable_join_tenant: ``enableJoinTenant``, bool, required
        join_tenant_scenes: ``joinTenantScenes``, list[str], required
        enable_verify_domain: ``enableVerifyDomain``, bool, required
        verify_domain_scenes: ``verifyDomainScenes``, list[str], required
        sso_page_customization_settings: ``ssoPageCustomizationSettings``, ISsoPageCustomizationSettingsDto, required
        enable_multiple_tenant_portal: ``enableMultipleTenantPortal``, bool, required
        login_config: ``loginConfig``, ApplicationLoginConfigDto, required
    """

    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    is_user_pool_as_tenant: bool = _attrs.field(metadata={"wire": "isUserPoolAsTenant"})
    enable_switch_type: UserPoolTenantConfigDtoEnableSwitchType = _attrs.field(metadata={"wire": "enableSwitchType"})
    css: str = _attrs.field(metadata={"wire": "css"})
    css_enabled: bool = _attrs.field(metadata={"wire": "cssEnabled"})
    custom_loading: str = _attrs.field(metadata={"wire": "customLoading"})
    enable_guard_version_switch: bool = _attrs.field(metadata={"wire": "enableGuardVersionSwitch"})
    guard_version: str = _attrs.field(metadata={"wire": "guardVersion"})
    loading_background: str = _attrs.field(metadata={"wire": "loadingBackground"})
    enable_create_tenant: bool = _attrs.field(metadata={"wire": "enableCreateTenant"})
    create_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "createTenantScenes"})
    enable_join_tenant: bool = _attrs.field(metadata={"wire": "enableJoinTenant"})
    join_tenant_scenes: List[str] = _attrs.field(metadata={"wire": "joinTenantScenes"})
    enable_verify_domain: bool = _attrs.field(metadata={"wire": "enableVerifyDomain"})
    verify_domain_scenes: List[str] = _attrs.field(metadata={"wire": "verifyDomainScenes"})
    sso_page_customization_settings: ISsoPageCustomizationSettingsDto = _attrs.field(metadata={"wire": "ssoPageCustomizationSettings"})
    enable_multiple_tenant_portal: bool = _attrs.field(metadata={"wire": "enableMultipleTenantPortal"})
    login_config: ApplicationLoginConfigDto = _attrs.field(metadata={"wire": "loginConfig"})


class UserPoolTenantConfigDtoEnableSwitchType(WireEnum):
    """Enum of ``UserPoolTenantConfigDto.enableSwitchType`` (unknown wire values are kept, not rejected)."""

    TENANT_CONSOLE = "tenant-console"
    TENANT_APP = "tenant-app"
    TENANT_LAUNPAD = "tenant-launpad"


@_attrs.define(kw_only=True, slots=True)
class UserPoolTenantConfigDtoRespDto:
    """Wire model ``UserPoolTenantConfigDtoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, UserPoolTenantConfigDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: UserPoolTenantConfigDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserSingleRespDto:
    """Wire model ``UserSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UserSyncRelationDto:
    """Wire model ``UserSyncRelationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, User, required
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: User = _attrs.field(metadata={"wire": "userInfoInIdp"})


@_attrs.define(kw_only=True, slots=True)
class UserTenantListDto:
    """Wire model ``UserTenantListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
        join_at: ``joinAt``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})
    join_at: str = _attrs.field(metadata={"wire": "joinAt"})
