# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUserBatchOptionsDto`` and its enum (UpdateUserBatchOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .send_reset_password_notification_dto import SendResetPasswordNotificationDto

__all__ = ["UpdateUserBatchOptionsDto", "UpdateUserBatchOptionsDtoPasswordEncryptType"]


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
