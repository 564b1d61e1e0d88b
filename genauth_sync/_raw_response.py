"""``client.with_raw_response`` on the sync facade: the async client's, run through the portal.

The sync methods are generated one per endpoint; this proxy is not. A name is looked up on the
async client's class (the same table ``genauth_async`` uses), and the call runs as
``await async_client.with_raw_response.<name>(...)`` on the client's loop thread, so both packages
answer the same ``RawResponse``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from genauth_async._raw_response import RawResponse, raw_method_names

if TYPE_CHECKING:
    from genauth_sync._portal import SyncClient

__all__ = ["SyncWithRawResponse"]


class SyncWithRawResponse:
    """The sync client's endpoint methods (and ``request()``), answering a ``RawResponse``."""

    __slots__ = ("_client", "_names")

    def __init__(self, client: SyncClient[Any]) -> None:
        module, name = client._async_class_path
        self._client = client
        self._names = raw_method_names(getattr(importlib.import_module(module), name))

    if TYPE_CHECKING:
        # The endpoint methods are declared by the generated subclasses (genauth_sync._generated.raw).
        def request(
            self,
            method: str,
            path: str,
            *,
            query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
            json: Any = None,
            form: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None,
            timeout: float | None = None,
            max_retries: int | None = None,
            envelope: bool = True,
            idempotent: bool | None = None,
            deadline: float | None = None,
        ) -> RawResponse[Any]: ...

    else:

        def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
            if name not in self._names:
                raise AttributeError(
                    f"with_raw_response has no method {name!r}: it serves the API endpoint methods and request()"
                )
            client = self._client

            def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
                return client._run(lambda c: getattr(c.with_raw_response, name)(*args, **kwargs))

            call.__name__ = name
            return call

    def __dir__(self) -> list[str]:
        return sorted(self._names)
