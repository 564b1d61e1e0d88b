# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendEmailOrPhoneNotificationDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SendEmailOrPhoneNotificationDto"]


@_attrs.define(kw_only=True, slots=True)
class SendEmailOrPhoneNotificationDto:
    """Wire model ``SendEmailOrPhoneNotificationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        send_email_notification: ``sendEmailNotification``, str, optional
        send_phone_notification: ``sendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_email_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendEmailNotification"})
    send_phone_notification: str | None = _attrs.field(default=None, metadata={"wire": "sendPhoneNotification"})
    app_id: str | None = _attrs.field(default=None, metadata={"wire": "appId"})
