# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, protocol helpers: the official answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed
from genauth_sync._subscribe import deliver as _deliver

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ProtocolHelpersMixin(_SyncCompatBase[_Typed]):
    """Official management methods, protocol helpers: the official answers."""

    __slots__ = ()

    def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("put_event", (event_code, data), {**call_options})  # type: ignore[no-any-return]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> Iterator[str] | None:
        """Official ``sub_event``: with ``callback``, blocks and calls it for each message."""
        return _deliver(self._call_iter("sub_event", (event_code, None), {"max_reconnects": max_reconnects}), callback)
