# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendCreateAccountNotificationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SendCreateAccountNotificationDto"]


@_attrs.define(kw_only=True, slots=True)
class SendCreateAccountNotificationDto:
    """Wire model ``SendCreateAccountNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
