# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``events``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class EventsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``events``: the official answers."""

    __slots__ = ()

    def create_event_app(
        self,
        logo: Any,
        name: Any,
        identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_event_app``: ``POST /api/v3/create-event-app``, the whole answer."""
        return self._call("create_event_app", (logo, name, identifier), {**call_options})  # type: ignore[no-any-return]

    def define_event(
        self,
        event_description: Any,
        event_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``define_event``: ``POST /api/v3/define-event``, the whole answer."""
        return self._call("define_event", (event_description, event_type), {**call_options})  # type: ignore[no-any-return]

    def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_event_apps``: ``GET /api/v3/list-event-apps``, the whole answer."""
        return self._call("list_event_apps", (), {**call_options})  # type: ignore[no-any-return]

    def list_events(
        self,
        page: Any = None,
        limit: Any = None,
        app: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_events``: ``GET /api/v3/list-events``, the whole answer."""
        return self._call("list_events", (page, limit, app), {**call_options})  # type: ignore[no-any-return]

    def pub_user_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pub_user_event``: ``POST /api/v3/pub-userEvent``, the whole answer."""
        return self._call("pub_user_event", (event_type, event_data), {**call_options})  # type: ignore[no-any-return]

    def verify_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_event``: ``POST /api/v3/pub-event``, the whole answer."""
        return self._call("verify_event", (event_type, event_data), {**call_options})  # type: ignore[no-any-return]
