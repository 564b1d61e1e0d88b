# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAdminAuditLogsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_webhooks_dto import ListWebhooksDto

__all__ = ["GetAdminAuditLogsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAdminAuditLogsDto:
    """Wire model ``GetAdminAuditLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        operation_type: ``operationType``, str, optional
        resource_type: ``resourceType``, str, optional
        user_id: ``userId``, str, optional
        success: ``success``, bool, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    operation_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "operationType"})
    resource_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
