"""(e) Bad arguments are rejected before anything is sent."""

from __future__ import annotations

import pytest

import genauth_async
import genauth_sync
from genauth_async.errors import ValidationError
from tests.support.fake_server import FakeServer


async def test_wrong_type_and_missing_required_async(server: FakeServer) -> None:
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        with pytest.raises(ValidationError, match="app_id"):
            await client.get_application(123)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="app_id"):
            await client.get_application(None)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="page"):
            await client.list_applications(page="2")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await client.get_application()  # type: ignore[call-arg]
    assert server.requests == []


def test_wrong_type_and_missing_required_sync(server: FakeServer) -> None:
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        with pytest.raises(ValidationError, match="app_name"):
            client.create_application(app_name=["x"])  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="app_name"):
            client.create_application(None)  # type: ignore[arg-type]
    assert server.requests == []
