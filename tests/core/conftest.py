from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

# The package may not be installed into the venv yet; make the checkout importable.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from _fixtures import ACCESS_KEY_ID, ACCESS_KEY_SECRET  # noqa: E402

from genauth_async import _base_client  # noqa: E402
from genauth_async._base_client import BaseManagementClient  # noqa: E402
from tests.support.fake_server import FakeServer  # noqa: E402


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record backoff delays instead of waiting for them."""
    recorded: list[float] = []

    async def fake_sleep(delay: float) -> None:
        recorded.append(delay)
        await asyncio.sleep(0)

    monkeypatch.setattr(_base_client, "_sleep", fake_sleep)
    return recorded


@pytest.fixture
async def mgmt(server: FakeServer) -> AsyncIterator[BaseManagementClient]:
    client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    yield client
    await client.aclose()
