"""Request and response hooks: what a client's ``on_request`` / ``on_response`` callables receive.

Users log in their own format, count calls, or assert on traffic in tests without patching the
SDK. Each hook gets one small immutable record per *attempt* (a retried call shows each try).
The records are built only when a hook is set, and hold no secret: the headers are copied with
credentials masked (``authorization``, cookies, the ``x-genauth-*`` headers that carry tokens or
secrets), and neither the body nor the query string is included.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

__all__ = [
    "RequestInfo",
    "ResponseInfo",
    "RequestHook",
    "ResponseHook",
    "Hooks",
    "MASK",
    "mask_headers",
]

#: What a masked header value reads as.
MASK = "***"

#: ``x-genauth-*`` headers that identify rather than authenticate (all others are masked).
_PUBLIC_GENAUTH = frozenset({
    "x-genauth-app-id", "x-genauth-userpool-id", "x-genauth-lang", "x-genauth-request-from",
    "x-genauth-sdk-version", "x-genauth-app-tenant-id",
})
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_SECRET_WORDS = ("token", "secret", "password", "auth", "key", "session", "cookie", "credential")


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    if lowered in _SECRET_HEADERS:
        return True
    if lowered.startswith("x-genauth-"):
        return lowered not in _PUBLIC_GENAUTH
    return any(word in lowered for word in _SECRET_WORDS)


def mask_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    """A read-only copy of ``headers`` with every credential-bearing value replaced by ``MASK``."""
    return MappingProxyType({name: MASK if _is_secret(name) else value for name, value in headers.items()})


class RequestInfo(NamedTuple):
    """One attempt about to be sent.

    ``operation``: the endpoint method's name (``"create_application"``; None for ``request()``
    and the management token fetch, whose path is ``/api/v3/get-management-token``).
    ``attempt``: 0 for the first try, 1 for the first retry, ... ``headers``: what is sent,
    credentials masked (read-only).
    """

    method: str
    path: str
    operation: str | None
    attempt: int
    headers: Mapping[str, str]


class ResponseInfo(NamedTuple):
    """One attempt's outcome.

    ``status``: the HTTP status (None when no answer arrived: connection failure, timeout).
    ``request_id``: the server's request id when the answer carries one. ``elapsed``: seconds this
    attempt took. ``error_type``: the name of the exception this answer maps to
    (``"NotFoundError"``, ``"APITimeoutError"``), None on success; a retried attempt reports its
    error too, the next attempt follows.
    """

    method: str
    path: str
    operation: str | None
    attempt: int
    status: int | None
    request_id: str | None
    elapsed: float
    error_type: str | None


RequestHook = Callable[[RequestInfo], Awaitable[None] | None]
ResponseHook = Callable[[ResponseInfo], Awaitable[None] | None]


class Hooks(NamedTuple):
    """A client's hooks (None on a client without any, so ``_run`` tests one attribute)."""

    on_request: RequestHook | None
    on_response: ResponseHook | None

    @staticmethod
    def of(on_request: RequestHook | None, on_response: ResponseHook | None) -> Hooks | None:
        if on_request is None and on_response is None:
            return None
        return Hooks(on_request, on_response)

    async def request(self, info: RequestInfo) -> None:
        hook = self.on_request
        if hook is not None:
            await _call(hook, info)

    async def response(self, info: ResponseInfo) -> None:
        hook = self.on_response
        if hook is not None:
            await _call(hook, info)


async def _call(hook: Callable[[Any], Any], info: Any) -> None:
    """Call a hook; await what it returns when it is awaitable (an ``async def`` hook). A hook's
    exception propagates: it fails the call, as a bug in the caller's code should be seen."""
    result = hook(info)
    if inspect.isawaitable(result):
        await result
