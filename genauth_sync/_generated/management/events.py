# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``events`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async.models import (
        EventAppPagingDto, OpenEventDto, OpenEventPagingDto, PubEventRespDataDto,
    )


class EventsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``events``: 7 endpoints."""

    def create_event_app(
        self,
        logo: str,
        name: str,
        identifier: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> None:
        """``POST /api/v3/create-event-app`` -> ``None``.

        Official python name, Node ``createEventApp``; area ``events``.

        Parameters (name: wire name, location):
            logo: ``logo``, json, required
            name: ``name``, json, required
            identifier: ``identifier``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_event_app",
            (
                logo,
                name,
                identifier,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def define_event(
        self,
        event_description: str,
        event_type: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> None:
        """``POST /api/v3/define-event`` -> ``None``.

        Official python name, Node ``defineEvent``; area ``events``.

        Parameters (name: wire name, location):
            event_description: ``eventDescription``, json, required
            event_type: ``eventType``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "define_event",
            (
                event_description,
                event_type,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_event_apps(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> EventAppPagingDto:
        """``GET /api/v3/list-event-apps`` -> ``EventAppPagingDto``.

        Official python name, Node ``listEventApps``; area ``events``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_event_apps",
            (),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_events(
        self,
        page: int | None = None,
        limit: int | None = None,
        app: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> OpenEventPagingDto:
        """``GET /api/v3/list-events`` -> ``OpenEventPagingDto``.

        Official python name, Node ``listEvents``; area ``events``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            app: ``app``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_events",
            (
                page,
                limit,
                app,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def iter_list_events(
        self,
        limit: int | None = None,
        app: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> Iterator[OpenEventDto]:
        """Every item of ``list_events``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_events",
            (
                limit,
                app,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def pub_user_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> PubEventRespDataDto:
        """``POST /api/v3/pub-userEvent`` -> ``PubEventRespDataDto``.

        Official python name, Node ``pubUserEvent``; area ``events``.

        Parameters (name: wire name, location):
            event_type: ``eventType``, json, required
            event_data: ``eventData``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "pub_user_event",
            (
                event_type,
                event_data,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def verify_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> PubEventRespDataDto:
        """``POST /api/v3/pub-event`` -> ``PubEventRespDataDto``.

        Official python name, Node ``verifyEvent``; area ``events``.

        Parameters (name: wire name, location):
            event_type: ``eventType``, json, required
            event_data: ``eventData``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "verify_event",
            (
                event_type,
                event_data,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )
