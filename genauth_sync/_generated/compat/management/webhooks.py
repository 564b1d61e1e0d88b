# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``webhooks``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class WebhooksMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``webhooks``: the official answers."""

    __slots__ = ()

    def create_webhook(
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
        return self._call("create_webhook", (content_type, events, url, name, enabled, secret), {"retry_config": retry_config, **call_options})  # type: ignore[no-any-return]

    def delete_webhook(
        self,
        webhook_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_webhook``: ``POST /api/v3/delete-webhook``, the whole answer."""
        return self._call("delete_webhook", (webhook_ids,), {**call_options})  # type: ignore[no-any-return]

    def get_webhook(
        self,
        webhook_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook``: ``GET /api/v3/get-webhook``, the whole answer."""
        return self._call("get_webhook", (webhook_id,), {**call_options})  # type: ignore[no-any-return]

    def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_event_list``: ``GET /api/v3/get-webhook-event-list``, the whole answer."""
        return self._call("get_webhook_event_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_webhook_logs(
        self,
        webhook_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_logs``: ``POST /api/v3/get-webhook-logs``, the whole answer."""
        return self._call("get_webhook_logs", (webhook_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_webhooks(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_webhooks``: ``GET /api/v3/list-webhooks``, the whole answer."""
        return self._call("list_webhooks", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def trigger_webhook(
        self,
        webhook_id: Any,
        request_headers: Any = None,
        request_body: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``trigger_webhook``: ``POST /api/v3/trigger-webhook``, the whole answer."""
        return self._call("trigger_webhook", (webhook_id, request_headers, request_body), {**call_options})  # type: ignore[no-any-return]

    def update_webhook(
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
        return self._call("update_webhook", (webhook_id, name, url, events, content_type, enabled, secret), {"retry_config": retry_config, **call_options})  # type: ignore[no-any-return]
