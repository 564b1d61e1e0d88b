# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, protocol helpers: the official answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ProtocolHelpersMixin(_CompatBase[_Typed]):
    """Official management methods, protocol helpers: the official answers."""

    __slots__ = ()

    async def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.put_event(event_code, data, **call_options)  # type: ignore[return-value]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> AsyncIterator[str]:
        """Official ``sub_event``: the typed client's, on the shared connections."""
        return self._view.sub_event(event_code, callback, max_reconnects=max_reconnects)
