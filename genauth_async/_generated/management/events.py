# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``events``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        EventAppPagingDto, OpenEventDto, OpenEventPagingDto, PubEventRespDataDto,
    )

_EP_CREATE_EVENT_APP = Endpoint(
    "create_event_app",
    "POST",
    "/api/v3/create-event-app",
    (
        Param("logo", "logo", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("identifier", "identifier", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DEFINE_EVENT = Endpoint(
    "define_event",
    "POST",
    "/api/v3/define-event",
    (
        Param("event_description", "eventDescription", "json", True, "str"),
        Param("event_type", "eventType", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_LIST_EVENT_APPS = Endpoint(
    "list_event_apps",
    "GET",
    "/api/v3/list-event-apps",
    (),
    idempotent=True,
)

_EP_LIST_EVENTS = Endpoint(
    "list_events",
    "GET",
    "/api/v3/list-events",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("app", "app", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_PUB_USER_EVENT = Endpoint(
    "pub_user_event",
    "POST",
    "/api/v3/pub-userEvent",
    (
        Param("event_type", "eventType", "json", True, "str"),
        Param("event_data", "eventData", "json", True, "any"),
    ),
    idempotent=False,
)

_EP_PUT_EVENT = Endpoint(
    "put_event",
    "POST",
    "/api/v3/pub-event",
    (
        Param("event_code", "eventType", "json", True, "str"),
        Param("data", "eventData", "json", True, "any"),
    ),
    idempotent=False,
)

_EP_VERIFY_EVENT = Endpoint(
    "verify_event",
    "POST",
    "/api/v3/pub-event",
    (
        Param("event_type", "eventType", "json", True, "str"),
        Param("event_data", "eventData", "json", True, "any"),
    ),
    idempotent=False,
)


class EventsMixin(_Caller):
    """Management API, area ``events``: 7 endpoints."""

    __slots__ = ()

    async def create_event_app(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_EVENT_APP,
            (
                logo,
                name,
                identifier,
            ),
            None,
            _request_options(call_options),
        )

    async def define_event(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DEFINE_EVENT,
            (
                event_description,
                event_type,
            ),
            None,
            _request_options(call_options),
        )

    async def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> EventAppPagingDto:
        """``GET /api/v3/list-event-apps`` -> ``EventAppPagingDto``.

        Official python name, Node ``listEventApps``; area ``events``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_EVENT_APPS,
            (),
            "EventAppPagingDto",
            _request_options(call_options),
        )

    async def list_events(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_EVENTS,
            (
                page,
                limit,
                app,
            ),
            "OpenEventPagingDto",
            _request_options(call_options),
        )

    def iter_list_events(
        self,
        limit: int | None = None,
        app: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[OpenEventDto]:
        """Every item of ``list_events``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_events(
                page=page,
                limit=limit,
                app=app,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def pub_user_event(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_PUB_USER_EVENT,
            (
                event_type,
                event_data,
            ),
            "PubEventRespDataDto",
            _request_options(call_options),
        )

    async def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """``POST /api/v3/pub-event`` -> ``PubEventRespDataDto``.

        Official python name, Node ``verifyEvent``; area ``events``.

        Parameters (name: wire name, location):
            event_code: ``eventType``, json, required
            data: ``eventData``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_PUT_EVENT,
            (
                event_code,
                data,
            ),
            "PubEventRespDataDto",
            _request_options(call_options),
        )

    async def verify_event(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_EVENT,
            (
                event_type,
                event_data,
            ),
            "PubEventRespDataDto",
            _request_options(call_options),
        )
