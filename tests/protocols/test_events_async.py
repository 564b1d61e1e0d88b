"""sub_event / put_event over the emulator's WebSocket event endpoints (async package)."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from genauth_async.errors import AuthenticationError, TransportError, ValidationError
from genauth_async.models import PubEventRespDataDto
from genauth_async.protocols import events as sdk_events
from genauth_async.testing.events import hub_of
from tests.support.fake_server import closed_port

from .conftest import PASSWORD, AsyncAuth, AsyncMgmt, auth_kwargs, new_app, new_user


def _ws(emu: Any) -> str:
    return emu.url.replace("http://", "ws://")


async def _until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sdk_events, "_backoff", lambda failures, initial, cap: 0.01)


def _mgmt(emu: Any, ak: str = "ak-proto", sk: str = "sk-proto", **kw: Any) -> Any:
    return AsyncMgmt(ak, sk, host=emu.url, websocket_host=_ws(emu), max_retries=0, **kw)


async def test_management_event_published_and_received(emu) -> None:
    hub = hub_of(emu)
    seen: list[str] = []
    async with _mgmt(emu, timeout=0.5) as mgmt:
        stream = mgmt.sub_event("myapp.user.created", seen.append)
        first = asyncio.ensure_future(stream.__anext__())
        await _until(lambda: hub.count("myapp.user.created") == 1)
        await asyncio.sleep(0.7)  # longer than the client's HTTP timeout: the socket must stay open
        result = await mgmt.put_event("myapp.user.created", {"id": "u1"})
        assert isinstance(result, PubEventRespDataDto) and result.success is True
        assert await asyncio.wait_for(first, 5) == json.dumps({"id": "u1"})
        await mgmt.put_event("myapp.user.created", ["second"])
        assert await asyncio.wait_for(stream.__anext__(), 5) == '["second"]'
        assert seen == ['{"id": "u1"}', '["second"]']
        await stream.aclose()
        await _until(lambda: hub.count("myapp.user.created") == 0)


async def test_authentication_event_published_and_received(emu) -> None:
    app = new_app(emu)
    new_user(emu)
    hub = hub_of(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        with pytest.raises(ValidationError):
            client.sub_event("app.ev")  # no user token yet
        login = await client.sign_in_by_email_password("alice@example.com", PASSWORD)
        client.set_access_token(login.access_token)
        received: list[str] = []

        async def consume() -> None:
            async for message in client.sub_event("app.profile.viewed"):
                received.append(message)
                if len(received) == 2:
                    break

        task = asyncio.ensure_future(consume())
        await _until(lambda: hub.count("app.profile.viewed") == 1)
        await client.put_event("app.profile.viewed", {"n": 1})
        await client.put_event("app.profile.viewed", "plain")
        await asyncio.wait_for(task, 5)
        assert received == ['{"n": 1}', '"plain"']
        await _until(lambda: hub.count("app.profile.viewed") == 0)


async def test_reconnects_after_the_server_drops_and_never_logs_the_token(emu, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    app = new_app(emu)
    new_user(emu)
    hub = hub_of(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        token = (await client.sign_in_by_email_password("alice@example.com", PASSWORD)).access_token
        client.set_access_token(token)
        stream = client.sub_event("app.ev")
        nxt = asyncio.ensure_future(stream.__anext__())
        await _until(lambda: hub.count("app.ev") == 1)
        await hub.drop_all()
        await _until(lambda: hub.count("app.ev") == 0)
        await _until(lambda: hub.count("app.ev") == 1)  # reconnected
        await client.put_event("app.ev", 1)
        assert await asyncio.wait_for(nxt, 5) == "1"
        await stream.aclose()
    assert "reconnecting" in caplog.text
    assert token not in caplog.text


async def test_cancelling_the_consumer_closes_the_socket(emu) -> None:
    hub = hub_of(emu)
    async with _mgmt(emu) as mgmt:
        async def consume() -> None:
            async for _ in mgmt.sub_event("x.y"):
                pass

        task = asyncio.ensure_future(consume())
        await _until(lambda: hub.count("x.y") == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await _until(lambda: hub.count("x.y") == 0)


async def test_refused_handshakes_fail_fast(emu) -> None:
    async with _mgmt(emu, sk="wrong-secret") as mgmt:
        with pytest.raises(AuthenticationError):
            await asyncio.wait_for(mgmt.sub_event("a.b").__anext__(), 5)
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, access_token="forged.token.value")) as client:
        with pytest.raises(AuthenticationError) as info:
            await asyncio.wait_for(client.sub_event("a.b").__anext__(), 5)
        assert "forged.token.value" not in str(info.value)
        assert info.value.__cause__ is None and info.value.__suppress_context__


async def test_gives_up_after_max_reconnects_without_leaking_the_token() -> None:
    port = closed_port()
    async with AsyncAuth(app_id="a", app_host=f"http://127.0.0.1:{port}", access_token="secret.tok.en",
                         websocket_host=f"ws://127.0.0.1:{port}") as client:
        with pytest.raises(TransportError) as info:
            await asyncio.wait_for(client.sub_event("a.b", max_reconnects=2).__anext__(), 5)
        assert "3 times" in str(info.value) and "secret.tok.en" not in str(info.value)
        assert info.value.__cause__ is None
