"""The code on docs/raw-responses.md, docs/hooks.md and docs/tracing.md, run as printed against the emulator."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pytest

from genauth_async import ManagementClient
from genauth_async.testing import Emulator

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _blocks(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), re.S)


async def test_raw_responses_page_runs() -> None:
    (snippet,) = _blocks("raw-responses.md")
    scope: dict[str, Any] = {}
    exec(compile(snippet, "docs/raw-responses.md", "exec"), scope)  # noqa: S102 - our own docs
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        raw, app = await scope["create_portal"](client)
        assert raw.http_status == 200 and app.app_identifier == "portal" and raw.request_id


async def test_hooks_page_runs(caplog: pytest.LogCaptureFixture) -> None:
    define, use = _blocks("hooks.md")
    async with Emulator() as emu:
        scope: dict[str, Any] = {"ManagementClient": ManagementClient, "key_id": emu.access_key_id,
                                 "key_secret": emu.access_key_secret, "host": emu.url}
        exec(compile(define, "docs/hooks.md", "exec"), scope)  # noqa: S102 - our own docs
        exec(compile(use, "docs/hooks.md", "exec"), scope)  # noqa: S102
        with caplog.at_level(logging.INFO, logger="genauth.calls"):
            async with scope["client"] as client:
                await client.list_applications()
        assert scope["counts"] == {None: 1, "list_applications": 1}  # the token fetch, then the call
        assert any("/api/v3/list-applications attempt=0 status=200" in r.getMessage() for r in caplog.records)


async def test_tracing_page_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    trace = pytest.importorskip("opentelemetry.trace")
    export = pytest.importorskip("opentelemetry.sdk.trace.export")
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    (setup,) = _blocks("tracing.md")
    memory = InMemorySpanExporter()
    # As printed, except that spans go to memory at once, and the provider is set for this test only.
    monkeypatch.setattr(export, "ConsoleSpanExporter", lambda: memory)
    monkeypatch.setattr(export, "BatchSpanProcessor", export.SimpleSpanProcessor)
    monkeypatch.setattr(trace, "set_tracer_provider", lambda p: monkeypatch.setattr(trace, "_TRACER_PROVIDER", p))
    exec(compile(setup, "docs/tracing.md", "exec"), {})  # noqa: S102 - our own docs
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        await client.list_applications()
    assert [s.name for s in memory.get_finished_spans()] == ["get_management_token", "list_applications"]
