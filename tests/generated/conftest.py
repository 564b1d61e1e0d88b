"""Fixtures for the spec-driven tests: a recording HTTP server on 127.0.0.1 in its own thread."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from _server import RecordingServer  # noqa: E402


@pytest.fixture(scope="session")
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
