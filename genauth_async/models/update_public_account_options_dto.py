# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePublicAccountOptionsDto`` and its enums (UpdatePublicAccountOptionsDtoPasswordEncryptType, UpdatePublicAccountOptionsDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .send_reset_password_notification_dto import SendResetPasswordNotificationDto

__all__ = ["UpdatePublicAccountOptionsDto", "UpdatePublicAccountOptionsDtoPasswordEncryptType", "UpdatePublicAccountOptionsDtoUserIdType"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountOptionsDto:
    """Wire model ``UpdatePublicAccountOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, UpdatePublicAccountOptionsDtoUserIdType, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePublicAccountOptionsDtoPasswordEncryptType, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        send_password_reseted_notification: ``sendPasswordResetedNotification``, SendResetPasswordNotificationDto, optional
    """

    user_id_type: UpdatePublicAccountOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    reset_password_on_next_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnNextLogin"})
    password_encrypt_type: UpdatePublicAccountOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    send_password_reseted_notification: SendResetPasswordNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPasswordResetedNotification"})


class UpdatePublicAccountOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePublicAccountOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


class UpdatePublicAccountOptionsDtoUserIdType(WireEnum):
    """Enum of ``UpdatePublicAccountOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
