# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTenantCooperatorDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateTenantCooperatorDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateTenantCooperatorDto:
    """Wire model ``CreateTenantCooperatorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policies: ``policies``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    policies: List[str] = _attrs.field(metadata={"wire": "policies"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})
