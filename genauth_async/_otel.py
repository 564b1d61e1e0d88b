"""OpenTelemetry spans for API calls, when ``opentelemetry-api`` is installed (the ``otel`` extra).

Services traced with OpenTelemetry otherwise see a gap where this SDK's calls happen. Each call
becomes one ``CLIENT`` span named after the operation (``create_application``; the management
token fetch is a span of its own, ``get_management_token``, nested in the call that needed it),
with the HTTP semantic-convention attributes (``http.request.method``, ``url.full`` without the
query string, ``server.address``, ``server.port``, ``http.response.status_code``), the GenAuth
request id (``genauth.request_id``), the retries taken (``genauth.retries``) and ``error.type`` on
failure. No header, body or query value is recorded, so no secret can reach an attribute;
exceptions are not recorded as events either (only their type).

Cost: the import is tried once, here. Without the package ``ENABLED`` is False and the client
tests that one flag per call. With it, a call checks that a tracer provider has been configured
(the API's default proxy provider means nobody collects spans) before doing anything more. That
check reads the API's module global ``_TRACER_PROVIDER`` (what ``set_tracer_provider`` sets) rather
than calling ``get_tracer_provider()``, whose ``os.environ`` lookup costs about a microsecond, half
a plain call's own overhead; the public function is used instead when the global is missing (a
future API) or when ``OTEL_PYTHON_TRACER_PROVIDER`` names a provider to load lazily
(``tests/core/test_otel.py`` pins both).
The span reads the call's outcome through the ``Request.raw`` flag, so the retry loop itself
carries no tracing code.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from ._raw_response import RawResponse
from ._request import Request
from ._version import __version__

try:
    from opentelemetry import trace as _trace
except ImportError:  # the otel extra is not installed
    _trace = None  # type: ignore[assignment]

__all__ = ["ENABLED", "active", "traced"]

#: Whether ``opentelemetry-api`` could be imported (decided once, at import).
ENABLED: bool = _trace is not None
_TRACER_NAME = "genauth_async"
_cached: tuple[Any, Any] | None = None  # (provider, tracer)
_servers: dict[str, tuple[str, int | None]] = {}


#: Whether ``active()`` may read the API's global directly (see the module docstring).
_FAST: bool = (ENABLED and hasattr(_trace, "_TRACER_PROVIDER")
               and "OTEL_PYTHON_TRACER_PROVIDER" not in os.environ)


def active() -> bool:
    """A tracer provider has been configured (not the API's default proxy, which records nothing)."""
    if _FAST:
        return _trace._TRACER_PROVIDER is not None
    return _trace is not None and not isinstance(_trace.get_tracer_provider(), _trace.ProxyTracerProvider)


def _tracer() -> Any:
    global _cached
    assert _trace is not None
    provider = _trace.get_tracer_provider()
    cached = _cached
    if cached is None or cached[0] is not provider:
        cached = _cached = (provider, provider.get_tracer(_TRACER_NAME, __version__))
    return cached[1]


def _server(base_url: str) -> tuple[str, int | None]:
    found = _servers.get(base_url)
    if found is None:
        parts = urlsplit(base_url)
        port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
        found = _servers[base_url] = (parts.hostname or "", port)
    return found


async def traced(run: Callable[[Request], Awaitable[Any]], request: Request, base_url: str,
                 name: str | None = None) -> Any:
    """``await run(request)`` inside a CLIENT span describing it; returns what ``run`` would."""
    assert _trace is not None
    host, port = _server(base_url)
    path = request.path if request.path.startswith("/") else "/" + request.path
    attributes: dict[str, Any] = {
        "http.request.method": request.method,
        "url.full": base_url + path,  # no query string: it can carry tokens
        "server.address": host,
    }
    if port is not None:
        attributes["server.port"] = port
    span_name = name or request.name or f"{request.method} {path}"
    with _tracer().start_as_current_span(span_name, kind=_trace.SpanKind.CLIENT, attributes=attributes,
                                         record_exception=False, set_status_on_exception=False) as span:
        try:
            outcome = await run(request if request.raw else Request._replace(request, raw=True))
        except BaseException as exc:
            http_status = getattr(exc, "http_status", None)
            if isinstance(http_status, int):
                span.set_attribute("http.response.status_code", http_status)
            request_id = getattr(exc, "request_id", None)
            if request_id:
                span.set_attribute("genauth.request_id", str(request_id))
            span.set_attribute("genauth.retries", getattr(exc, "retries_taken", 0) or 0)
            span.set_attribute("error.type", type(exc).__name__)
            span.set_status(_trace.Status(_trace.StatusCode.ERROR, type(exc).__name__))
            raise
        if outcome.__class__ is not RawResponse:
            # The official SDK's view (``Request.whole``) returns an API error's answer instead of raising.
            span.set_attribute("error.type", "APIError")
            span.set_status(_trace.Status(_trace.StatusCode.ERROR, "APIError"))
            return outcome
        span.set_attribute("http.response.status_code", outcome.http_status)
        if outcome.request_id:
            span.set_attribute("genauth.request_id", outcome.request_id)
        span.set_attribute("genauth.retries", outcome.retries_taken)
        return outcome if request.raw else outcome.parse()
