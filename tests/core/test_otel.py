"""OpenTelemetry spans of API calls (the ``otel`` extra), read with the SDK's in-memory exporter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

trace = pytest.importorskip("opentelemetry.trace")
pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter  # noqa: E402

from genauth_async import ManagementClient, _otel  # noqa: E402
from genauth_async.errors import NotFoundError  # noqa: E402
from genauth_async.testing import Emulator, Fault  # noqa: E402


@pytest.fixture
def exporter(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """A configured tracer provider for this test only (the process-wide one is set at most once)."""
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)  # what set_tracer_provider() sets, once
    assert trace.get_tracer_provider() is provider and _otel.active()
    yield memory
    provider.shutdown()


def _ancestors(spans: tuple[ReadableSpan, ...], span: ReadableSpan) -> list[int]:
    by_id = {s.context.span_id: s for s in spans}
    found: list[int] = []
    parent = span.parent
    while parent is not None:
        found.append(parent.span_id)
        above = by_id.get(parent.span_id)
        parent = above.parent if above is not None else None
    return found


def _by_name(spans: tuple[ReadableSpan, ...], name: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name == name]


async def test_each_call_is_a_client_span_with_http_attributes(exporter: InMemorySpanExporter,
                                                               sleeps: list[float]) -> None:
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        await client.create_application(app_name="Traced", app_identifier="traced")
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=1))
        await client.list_applications()
        with pytest.raises(NotFoundError) as raised:
            await client.get_application(app_id="no-such-app")
        token = (await client.get_management_token()).access_token
        port = int(emu.url.rsplit(":", 1)[1])
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == ["get_management_token", "create_application", "list_applications",
                                       "get_application"]
    fetch, create, listed, failed = spans
    assert all(s.kind is trace.SpanKind.CLIENT for s in spans)
    # The token fetch is its own span, nested in the call that needed it.
    assert fetch.parent is not None and fetch.parent.span_id == create.context.span_id
    assert dict(create.attributes or {}) == {
        "http.request.method": "POST", "url.full": emu.url + "/api/v3/create-application",
        "server.address": "127.0.0.1", "server.port": port, "http.response.status_code": 200,
        "genauth.request_id": create.attributes["genauth.request_id"],  # type: ignore[index]
        "genauth.retries": 0,
    }
    assert create.attributes["genauth.request_id"] and create.status.is_ok  # type: ignore[index]
    assert listed.attributes["genauth.retries"] == 1  # type: ignore[index]
    assert failed.attributes["error.type"] == "NotFoundError"  # type: ignore[index]
    assert failed.attributes["genauth.request_id"] == raised.value.request_id  # type: ignore[index]
    assert failed.status.status_code is trace.StatusCode.ERROR and not failed.events
    # No secret anywhere in what was recorded.
    recorded = repr([(s.name, dict(s.attributes or {}), s.events) for s in spans])
    for secret in (emu.access_key_secret, token):
        assert secret and secret not in recorded


async def test_spans_nest_under_a_fastapi_request_span(exporter: InMemorySpanExporter) -> None:
    fastapi = pytest.importorskip("fastapi")
    httpx = pytest.importorskip("httpx")
    tracer = trace.get_tracer_provider().get_tracer("test-server")

    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        app = fastapi.FastAPI()

        @app.middleware("http")
        async def server_span(request: Any, call_next: Any) -> Any:  # what a server instrumentation does
            with tracer.start_as_current_span(f"GET {request.url.path}", kind=trace.SpanKind.SERVER):
                return await call_next(request)

        @app.get("/apps")
        async def apps() -> dict[str, int]:
            page = await client.list_applications()
            return {"total": page.total_count}

        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://example.test") as http:
            assert (await http.get("/apps")).status_code == 200
    spans = exporter.get_finished_spans()
    # The server span started by the middleware is the root (recent FastAPI versions add spans of
    # their own between it and the route, so the call is checked as a descendant).
    server = next(s for s in spans if s.kind is trace.SpanKind.SERVER and s.parent is None)
    call = _by_name(spans, "list_applications")[0]
    fetch = _by_name(spans, "get_management_token")[0]
    assert call.context.trace_id == server.context.trace_id == fetch.context.trace_id
    assert server.context.span_id in _ancestors(spans, call)
    assert fetch.parent is not None and fetch.parent.span_id == call.context.span_id


def test_active_follows_the_api_global_and_the_public_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """``active()`` reads ``opentelemetry.trace._TRACER_PROVIDER``; pinned against the public API."""
    assert hasattr(trace, "_TRACER_PROVIDER")
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider) and not _otel.active()
    provider = TracerProvider()
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    assert trace.get_tracer_provider() is provider and _otel.active()
    monkeypatch.setattr(_otel, "_FAST", False)  # the public function's answer, as used without the global
    assert _otel.active()
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    assert not _otel.active()


async def test_no_span_without_a_configured_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    assert _otel.ENABLED and not _otel.active()

    def no_tracer() -> None:
        raise AssertionError("a tracer was asked for without a configured provider")

    monkeypatch.setattr(_otel, "_tracer", no_tracer)
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        assert (await client.with_raw_response.list_applications()).http_status == 200
        await client.list_applications()


def test_sync_facade_spans_join_the_calling_threads_trace(exporter: InMemorySpanExporter) -> None:
    """The portal's loop runs a handed-over call in a copy of the caller's context
    (``call_soon_threadsafe`` takes it), so the caller's current span is the parent."""
    import genauth_sync

    with Emulator.start_in_thread() as emu, genauth_sync.ManagementClient(
            emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        with trace.get_tracer_provider().get_tracer("test").start_as_current_span("job") as job:
            client.list_applications()
    spans = exporter.get_finished_spans()
    call = _by_name(spans, "list_applications")[0]
    assert call.parent is not None and call.parent.span_id == job.get_span_context().span_id
    assert _by_name(spans, "get_management_token")[0].parent.span_id == call.context.span_id  # type: ignore[union-attr]
