# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUserOptionsDto`` and its enums (UpdateUserOptionsDtoPasswordEncryptType, UpdateUserOptionsDtoUserIdType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .send_reset_password_notification_dto import SendResetPasswordNotificationDto

__all__ = ["UpdateUserOptionsDto", "UpdateUserOptionsDtoPasswordEncryptType", "UpdateUserOptionsDtoUserIdType"]


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
