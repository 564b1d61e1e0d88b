# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``webhooks``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.webhooks import (
    _EP_CREATE_WEBHOOK,
    _EP_DELETE_WEBHOOK,
    _EP_GET_WEBHOOK,
    _EP_GET_WEBHOOK_EVENT_LIST,
    _EP_GET_WEBHOOK_LOGS,
    _EP_LIST_WEBHOOKS,
    _EP_TRIGGER_WEBHOOK,
    _EP_UPDATE_WEBHOOK,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class WebhooksMixin(_CompatBase[_Typed]):
    """Official management methods, area ``webhooks``: the official answers."""

    __slots__ = ()

    async def create_webhook(
        self,
        content_type: Any,
        events: Any,
        url: Any,
        name: Any,
        enabled: Any = None,
        secret: Any = None,
        *,
        retry_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_webhook``: ``POST /api/v3/create-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_WEBHOOK, (content_type, events, url, name, enabled, secret, retry_config), None, _request_options(call_options),
        )

    async def delete_webhook(
        self,
        webhook_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_webhook``: ``POST /api/v3/delete-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_WEBHOOK, (webhook_ids,), None, _request_options(call_options),
        )

    async def get_webhook(
        self,
        webhook_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook``: ``GET /api/v3/get-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK, (webhook_id,), None, _request_options(call_options),
        )

    async def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_event_list``: ``GET /api/v3/get-webhook-event-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK_EVENT_LIST, (), None, _request_options(call_options),
        )

    async def get_webhook_logs(
        self,
        webhook_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_logs``: ``POST /api/v3/get-webhook-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK_LOGS, (webhook_id, page, limit), None, _request_options(call_options),
        )

    async def list_webhooks(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_webhooks``: ``GET /api/v3/list-webhooks``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_WEBHOOKS, (page, limit), None, _request_options(call_options),
        )

    async def trigger_webhook(
        self,
        webhook_id: Any,
        request_headers: Any = None,
        request_body: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``trigger_webhook``: ``POST /api/v3/trigger-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_TRIGGER_WEBHOOK, (webhook_id, request_headers, request_body), None, _request_options(call_options),
        )

    async def update_webhook(
        self,
        webhook_id: Any,
        name: Any = None,
        url: Any = None,
        events: Any = None,
        content_type: Any = None,
        enabled: Any = None,
        secret: Any = None,
        *,
        retry_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_webhook``: ``POST /api/v3/update-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_WEBHOOK, (webhook_id, name, url, events, content_type, enabled, secret, retry_config), None, _request_options(call_options),
        )
