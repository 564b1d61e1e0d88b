# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePublicAccountOptionsDto`` and its enums (CreatePublicAccountOptionsDtoDepartmentIdType, CreatePublicAccountOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .send_create_account_notification_dto import SendCreateAccountNotificationDto

__all__ = ["CreatePublicAccountOptionsDto", "CreatePublicAccountOptionsDtoDepartmentIdType", "CreatePublicAccountOptionsDtoPasswordEncryptType"]


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountOptionsDto:
    """Wire model ``CreatePublicAccountOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        department_id_type: ``departmentIdType``, CreatePublicAccountOptionsDtoDepartmentIdType, optional
        send_notification: ``sendNotification``, SendCreateAccountNotificationDto, optional
        password_encrypt_type: ``passwordEncryptType``, CreatePublicAccountOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    department_id_type: CreatePublicAccountOptionsDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    send_notification: SendCreateAccountNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendNotification"})
    password_encrypt_type: CreatePublicAccountOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreatePublicAccountOptionsDtoDepartmentIdType(WireEnum):
    """Enum of ``CreatePublicAccountOptionsDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class CreatePublicAccountOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreatePublicAccountOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
