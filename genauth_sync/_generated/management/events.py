# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``events`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
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
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/create-event-app`` -> ``None``.

        Official python name, Node ``createEventApp``; area ``events``.

        Parameters (name: wire name, location):
            logo: ``logo``, json, required
            name: ``name``, json, required
            identifier: ``identifier``, json, required
        """
        self._run_method(
            "create_event_app",
            (
                logo,
                name,
                identifier,
            ),
            call_options,
        )

    def define_event(
        self,
        event_description: str,
        event_type: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/define-event`` -> ``None``.

        Official python name, Node ``defineEvent``; area ``events``.

        Parameters (name: wire name, location):
            event_description: ``eventDescription``, json, required
            event_type: ``eventType``, json, required
        """
        self._run_method(
            "define_event",
            (
                event_description,
                event_type,
            ),
            call_options,
        )

    def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> EventAppPagingDto:
        """``GET /api/v3/list-event-apps`` -> ``EventAppPagingDto``.

        Official python name, Node ``listEventApps``; area ``events``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_event_apps",
            (),
            call_options,
        )

    def list_events(
        self,
        page: int | None = None,
        limit: int | None = None,
        app: str | None = None,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def iter_list_events(
        self,
        limit: int | None = None,
        app: str | None = None,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def pub_user_event(
        self,
        event_type: str,
        event_data: Any,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def verify_event(
        self,
        event_type: str,
        event_data: Any,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )
