# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``webhooks`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreateWebhookDtoContentType, CreateWebhookDtoEvents, GetWebhooksData, IsSuccessDto,
        ListWebhookLogsData, TriggerWebhookData, UpdateWebhookDtoContentType,
        UpdateWebhookDtoEvents, WebhookDto, WebhookEventListData, WebhookLogDto,
        WebhookRetryConfigV3Dto,
    )


class WebhooksMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``webhooks``: 8 endpoints."""

    def create_webhook(
        self,
        content_type: CreateWebhookDtoContentType | str,
        events: List[CreateWebhookDtoEvents | str],
        url: str,
        name: str,
        enabled: bool | None = None,
        secret: str | None = None,
        *,
        retry_config: WebhookRetryConfigV3Dto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> WebhookDto:
        """``POST /api/v3/create-webhook`` -> ``WebhookDto``.

        Official python name, Node ``createWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            content_type: ``contentType``, json, required
            events: ``events``, json, required
            url: ``url``, json, required
            name: ``name``, json, required
            enabled: ``enabled``, json
            secret: ``secret``, json
            retry_config: ``retryConfig``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_webhook",
            (
                content_type,
                events,
                url,
                name,
                enabled,
                secret,
            ),
            {
                "retry_config": retry_config,
                **call_options,
            },
        )

    def delete_webhook(
        self,
        webhook_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-webhook`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_ids: ``webhookIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_webhook",
            (webhook_ids,),
            call_options,
        )

    def get_webhook(
        self,
        webhook_id: str,
        **call_options: Unpack[CallOptions],
    ) -> WebhookDto:
        """``GET /api/v3/get-webhook`` -> ``WebhookDto``.

        Official python name, Node ``getWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_id: ``webhookId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_webhook",
            (webhook_id,),
            call_options,
        )

    def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> WebhookEventListData:
        """``GET /api/v3/get-webhook-event-list`` -> ``WebhookEventListData``.

        Official python name, Node ``getWebhookEventList``; area ``webhooks``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_webhook_event_list",
            (),
            call_options,
        )

    def get_webhook_logs(
        self,
        webhook_id: str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListWebhookLogsData:
        """``POST /api/v3/get-webhook-logs`` -> ``ListWebhookLogsData``.

        Official python name, Node ``getWebhookLogs``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_id: ``webhookId``, json, required
            page: ``page``, json
            limit: ``limit``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_webhook_logs",
            (
                webhook_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_webhook_logs(
        self,
        webhook_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[WebhookLogDto]:
        """Every item of ``get_webhook_logs``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_webhook_logs",
            (
                webhook_id,
                limit,
            ),
            call_options,
        )

    def list_webhooks(
        self,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetWebhooksData:
        """``GET /api/v3/list-webhooks`` -> ``GetWebhooksData``.

        Official python name, Node ``listWebhooks``; area ``webhooks``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_webhooks",
            (
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_webhooks(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[WebhookDto]:
        """Every item of ``list_webhooks``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_webhooks",
            (limit,),
            call_options,
        )

    def trigger_webhook(
        self,
        webhook_id: str,
        request_headers: Any = None,
        request_body: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> TriggerWebhookData:
        """``POST /api/v3/trigger-webhook`` -> ``TriggerWebhookData``.

        Official python name, Node ``triggerWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_id: ``webhookId``, json, required
            request_headers: ``requestHeaders``, json
            request_body: ``requestBody``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "trigger_webhook",
            (
                webhook_id,
                request_headers,
                request_body,
            ),
            call_options,
        )

    def update_webhook(
        self,
        webhook_id: str,
        name: str | None = None,
        url: str | None = None,
        events: List[UpdateWebhookDtoEvents | str] | None = None,
        content_type: UpdateWebhookDtoContentType | str | None = None,
        enabled: bool | None = None,
        secret: str | None = None,
        *,
        retry_config: WebhookRetryConfigV3Dto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> WebhookDto:
        """``POST /api/v3/update-webhook`` -> ``WebhookDto``.

        Official python name, Node ``updateWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_id: ``webhookId``, json, required
            name: ``name``, json
            url: ``url``, json
            events: ``events``, json
            content_type: ``contentType``, json
            enabled: ``enabled``, json
            secret: ``secret``, json
            retry_config: ``retryConfig``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_webhook",
            (
                webhook_id,
                name,
                url,
                events,
                content_type,
                enabled,
                secret,
            ),
            {
                "retry_config": retry_config,
                **call_options,
            },
        )
