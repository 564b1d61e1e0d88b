# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserActionLogsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_webhooks_dto import ListWebhooksDto

__all__ = ["GetUserActionLogsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserActionLogsDto:
    """Wire model ``GetUserActionLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, str, optional
        user_id: ``userId``, str, optional
        app_id: ``appId``, str, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        success: ``success``, bool, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    event_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "eventType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
