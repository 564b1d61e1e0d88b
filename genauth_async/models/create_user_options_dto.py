# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateUserOptionsDto`` and its enums (CreateUserOptionsDtoDepartmentIdType, CreateUserOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .send_create_account_notification_dto import SendCreateAccountNotificationDto

__all__ = ["CreateUserOptionsDto", "CreateUserOptionsDtoDepartmentIdType", "CreateUserOptionsDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class CreateUserOptionsDto:
    """Wire model ``CreateUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        department_id_type: ``departmentIdType``, CreateUserOptionsDtoDepartmentIdType, optional
        send_notification: ``sendNotification``, SendCreateAccountNotificationDto, optional
        password_encrypt_type: ``passwordEncryptType``, CreateUserOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    department_id_type: CreateUserOptionsDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    send_notification: SendCreateAccountNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendNotification"})
    password_encrypt_type: CreateUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreateUserOptionsDtoDepartmentIdType(WireEnum):
    """Enum of ``CreateUserOptionsDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class CreateUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreateUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
