# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendResetPasswordNotificationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SendResetPasswordNotificationDto"]


@_attrs.define(kw_only=True, slots=True)
class SendResetPasswordNotificationDto:
    """Wire model ``SendResetPasswordNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_default_email_notification: ``sendDefaultEmailNotification``, bool, optional
        send_default_phone_notification: ``sendDefaultPhoneNotification``, bool, optional
        input_send_email_notification: ``inputSendEmailNotification``, str, optional
        input_send_phone_notification: ``inputSendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_default_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultEmailNotification"})
    send_default_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultPhoneNotification"})
    input_send_email_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendEmailNotification"})
    input_send_phone_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
