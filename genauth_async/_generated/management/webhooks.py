# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``webhooks``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreateWebhookDtoContentType, CreateWebhookDtoEvents, GetWebhooksData, IsSuccessDto,
        ListWebhookLogsData, TriggerWebhookData, UpdateWebhookDtoContentType,
        UpdateWebhookDtoEvents, WebhookDto, WebhookEventListData, WebhookLogDto,
        WebhookRetryConfigV3Dto,
    )

_EP_CREATE_WEBHOOK = Endpoint(
    "create_webhook",
    "POST",
    "/api/v3/create-webhook",
    (
        Param("content_type", "contentType", "json", True, "str", "any", ("application/json", "application/x-www-form-urlencoded")),
        Param("events", "events", "json", True, "list", "str"),
        Param("url", "url", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("enabled", "enabled", "json", False, "bool"),
        Param("secret", "secret", "json", False, "str"),
        Param("retry_config", "retryConfig", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_WEBHOOK = Endpoint(
    "delete_webhook",
    "POST",
    "/api/v3/delete-webhook",
    (
        Param("webhook_ids", "webhookIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_WEBHOOK = Endpoint(
    "get_webhook",
    "GET",
    "/api/v3/get-webhook",
    (
        Param("webhook_id", "webhookId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_WEBHOOK_EVENT_LIST = Endpoint(
    "get_webhook_event_list",
    "GET",
    "/api/v3/get-webhook-event-list",
    (),
    idempotent=True,
)

_EP_GET_WEBHOOK_LOGS = Endpoint(
    "get_webhook_logs",
    "POST",
    "/api/v3/get-webhook-logs",
    (
        Param("webhook_id", "webhookId", "json", True, "str"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
    ),
    idempotent=False,
)

_EP_LIST_WEBHOOKS = Endpoint(
    "list_webhooks",
    "GET",
    "/api/v3/list-webhooks",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_TRIGGER_WEBHOOK = Endpoint(
    "trigger_webhook",
    "POST",
    "/api/v3/trigger-webhook",
    (
        Param("webhook_id", "webhookId", "json", True, "str"),
        Param("request_headers", "requestHeaders", "json", False, "any"),
        Param("request_body", "requestBody", "json", False, "any"),
    ),
    idempotent=False,
)

_EP_UPDATE_WEBHOOK = Endpoint(
    "update_webhook",
    "POST",
    "/api/v3/update-webhook",
    (
        Param("webhook_id", "webhookId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("url", "url", "json", False, "str"),
        Param("events", "events", "json", False, "list", "str"),
        Param("content_type", "contentType", "json", False, "str", "any", ("application/json", "application/x-www-form-urlencoded")),
        Param("enabled", "enabled", "json", False, "bool"),
        Param("secret", "secret", "json", False, "str"),
        Param("retry_config", "retryConfig", "json", False, "dict"),
    ),
    idempotent=False,
)


class WebhooksMixin(_Caller):
    """Management API, area ``webhooks``: 8 endpoints."""

    __slots__ = ()

    async def create_webhook(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_WEBHOOK,
            (
                content_type,
                events,
                url,
                name,
                enabled,
                secret,
                retry_config,
            ),
            "WebhookDto",
            _request_options(call_options),
        )

    async def delete_webhook(
        self,
        webhook_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-webhook`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_ids: ``webhookIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_WEBHOOK,
            (webhook_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_webhook(
        self,
        webhook_id: str,
        **call_options: Unpack[CallOptions],
    ) -> WebhookDto:
        """``GET /api/v3/get-webhook`` -> ``WebhookDto``.

        Official python name, Node ``getWebhook``; area ``webhooks``.

        Parameters (name: wire name, location):
            webhook_id: ``webhookId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK,
            (webhook_id,),
            "WebhookDto",
            _request_options(call_options),
        )

    async def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> WebhookEventListData:
        """``GET /api/v3/get-webhook-event-list`` -> ``WebhookEventListData``.

        Official python name, Node ``getWebhookEventList``; area ``webhooks``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK_EVENT_LIST,
            (),
            "WebhookEventListData",
            _request_options(call_options),
        )

    async def get_webhook_logs(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WEBHOOK_LOGS,
            (
                webhook_id,
                page,
                limit,
            ),
            "ListWebhookLogsData",
            _request_options(call_options),
        )

    def iter_get_webhook_logs(
        self,
        webhook_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[WebhookLogDto]:
        """Every item of ``get_webhook_logs``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_webhook_logs(
                page=page,
                webhook_id=webhook_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_webhooks(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_WEBHOOKS,
            (
                page,
                limit,
            ),
            "GetWebhooksData",
            _request_options(call_options),
        )

    def iter_list_webhooks(
        self,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[WebhookDto]:
        """Every item of ``list_webhooks``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_webhooks(
                page=page,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def trigger_webhook(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_TRIGGER_WEBHOOK,
            (
                webhook_id,
                request_headers,
                request_body,
            ),
            "TriggerWebhookData",
            _request_options(call_options),
        )

    async def update_webhook(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_WEBHOOK,
            (
                webhook_id,
                name,
                url,
                events,
                content_type,
                enabled,
                secret,
                retry_config,
            ),
            "WebhookDto",
            _request_options(call_options),
        )
