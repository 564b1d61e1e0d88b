# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``events``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.events import (
    _EP_CREATE_EVENT_APP,
    _EP_DEFINE_EVENT,
    _EP_LIST_EVENTS,
    _EP_LIST_EVENT_APPS,
    _EP_PUB_USER_EVENT,
    _EP_VERIFY_EVENT,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class EventsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``events``: the official answers."""

    __slots__ = ()

    async def create_event_app(
        self,
        logo: Any,
        name: Any,
        identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_event_app``: ``POST /api/v3/create-event-app``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_EVENT_APP, (logo, name, identifier), None, _request_options(call_options),
        )

    async def define_event(
        self,
        event_description: Any,
        event_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``define_event``: ``POST /api/v3/define-event``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DEFINE_EVENT, (event_description, event_type), None, _request_options(call_options),
        )

    async def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_event_apps``: ``GET /api/v3/list-event-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_EVENT_APPS, (), None, _request_options(call_options),
        )

    async def list_events(
        self,
        page: Any = None,
        limit: Any = None,
        app: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_events``: ``GET /api/v3/list-events``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_EVENTS, (page, limit, app), None, _request_options(call_options),
        )

    async def pub_user_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pub_user_event``: ``POST /api/v3/pub-userEvent``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_PUB_USER_EVENT, (event_type, event_data), None, _request_options(call_options),
        )

    async def verify_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_event``: ``POST /api/v3/pub-event``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_EVENT, (event_type, event_data), None, _request_options(call_options),
        )
