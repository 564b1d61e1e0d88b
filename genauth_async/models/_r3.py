# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ResetFactorRespDto, ..., ResignUserReqDtoUserIdType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "ResetFactorRespDto", "ResetPasswordByEmailPassCodeDto", "ResetPasswordByPhonePassCodeDto",
    "ResetPasswordDto", "ResetPasswordDtoPasswordEncryptType", "ResetPasswordVerify",
    "ResetPrincipalAuthenticationInfoRespDto", "ResetUserPrincipalAuthenticationInfoDto",
    "ResetUserPrincipalAuthenticationInfoOptionsDto",
    "ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType", "ResignUserBatchReqDto",
    "ResignUserBatchReqDtoUserIdType", "ResignUserDataDto", "ResignUserReqDto",
    "ResignUserReqDtoUserIdType",
]


@_attrs.define(kw_only=True, slots=True)
class ResetFactorRespDto:
    """Wire model ``ResetFactorRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordByEmailPassCodeDto:
    """Wire model ``ResetPasswordByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        pass_code: ``passCode``, str, required
    """

    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordByPhonePassCodeDto:
    """Wire model ``ResetPasswordByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordDto:
    """Wire model ``ResetPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_reset_token: ``passwordResetToken``, str, required
        password_encrypt_type: ``passwordEncryptType``, ResetPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    password_reset_token: str = _attrs.field(repr=_masked, metadata={"wire": "passwordResetToken"})
    password_encrypt_type: ResetPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class ResetPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``ResetPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordVerify:
    """Wire model ``ResetPasswordVerify`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password_reset_token: ``passwordResetToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    password_reset_token: str = _attrs.field(repr=_masked, metadata={"wire": "passwordResetToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})


@_attrs.define(kw_only=True, slots=True)
class ResetPrincipalAuthenticationInfoRespDto:
    """Wire model ``ResetPrincipalAuthenticationInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ResetUserPrincipalAuthenticationInfoDto:
    """Wire model ``ResetUserPrincipalAuthenticationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        options: ``options``, ResetUserPrincipalAuthenticationInfoOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: ResetUserPrincipalAuthenticationInfoOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ResetUserPrincipalAuthenticationInfoOptionsDto:
    """Wire model ``ResetUserPrincipalAuthenticationInfoOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType, optional
    """

    user_id_type: ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType(WireEnum):
    """Enum of ``ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class ResignUserBatchReqDto:
    """Wire model ``ResignUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        user_id_type: ``userIdType``, ResignUserBatchReqDtoUserIdType, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    user_id_type: ResignUserBatchReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserBatchReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserBatchReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class ResignUserDataDto:
    """Wire model ``ResignUserDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ResignUserReqDto:
    """Wire model ``ResignUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, ResignUserReqDtoUserIdType, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: ResignUserReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
