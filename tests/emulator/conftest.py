"""Shared helpers: an in-process emulator per test, a threaded one for sync clients, and raw callers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from genauth_async.testing import Emulator


class Api:
    """Raw management calls, so these tests do not depend on the SDK under construction."""

    def __init__(self, emu: Emulator, session: aiohttp.ClientSession) -> None:
        self.emu = emu
        self.session = session
        self.token: str | None = None

    async def headers(self) -> dict[str, str]:
        if self.token is None:
            body = await self.post_raw(
                "/api/v3/get-management-token",
                {"accessKeyId": self.emu.access_key_id, "accessKeySecret": self.emu.access_key_secret},
            )
            self.token = body["data"]["access_token"]
        return {"authorization": f"Bearer {self.token}", "x-genauth-userpool-id": self.emu.user_pool_id}

    async def post_raw(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
        async with self.session.post(self.emu.url + path, json=body, headers=headers or {}) as resp:
            assert resp.status == 200
            return await resp.json()

    async def post(self, path: str, body: Any) -> Any:
        return await self.post_raw(path, body, await self.headers())

    async def get(self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Any:
        merged = await self.headers() if headers is None else headers
        async with self.session.get(self.emu.url + path, params=params or {}, headers=merged) as resp:
            assert resp.status == 200
            return await resp.json()

    async def ok(self, method: str, path: str, body: Any = None) -> Any:
        result = await (self.post(path, body or {}) if method == "POST" else self.get(path, body))
        assert result["statusCode"] == 200, result
        return result.get("data")


@pytest_asyncio.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(access_key_id="ak-test", access_key_secret="sk-test") as server:
        yield server
    server.assert_no_handler_failures()


@pytest_asyncio.fixture
async def api(emu: Emulator) -> AsyncIterator[Api]:
    async with aiohttp.ClientSession() as session:
        yield Api(emu, session)


@pytest.fixture
def emu_thread() -> Iterator[Any]:
    handle = Emulator.start_in_thread(access_key_id="ak-sync", access_key_secret="sk-sync")
    yield handle
    handle.stop()
    handle.emulator.assert_no_handler_failures()
