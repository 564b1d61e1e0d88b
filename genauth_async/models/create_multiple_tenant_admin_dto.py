# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateMultipleTenantAdminDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateMultipleTenantAdminDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateMultipleTenantAdminDto:
    """Wire model ``CreateMultipleTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})
