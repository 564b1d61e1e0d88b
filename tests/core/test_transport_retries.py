from __future__ import annotations

import asyncio
import os

import aiohttp
import pytest
from _fixtures import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    CREATE_APPLICATION,
    GET_APPLICATION,
    LIST_APPLICATIONS,
    FakeApplicationDto,
)
from aiohttp import web

from genauth_async import _transport
from genauth_async._base_client import BaseManagementClient
from genauth_async._endpoint import RequestOptions
from genauth_async.errors import (
    APITimeoutError,
    ConnectError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
)
from tests.support.fake_server import FakeServer, closed_port, fail, ok

APP = {"appId": "app1", "appName": "demo"}
CREATE_ARGS = ("demo", "demo-id", None, None, None)
HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def html_502(_rec: object) -> web.Response:
    return web.Response(status=502, text=HTML_502, content_type="text/html")


async def test_http_429_retried_honouring_retry_after(server: FakeServer, mgmt: BaseManagementClient,
                                                      sleeps: list[float]) -> None:
    server.script("POST", "/api/v3/create-application",
                  lambda _r: web.json_response(fail(429, "slow"), status=429, headers={"Retry-After": "3"}),
                  ok(APP))
    app = await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, FakeApplicationDto, None)
    assert app.app_id == "app1"
    assert sleeps == [3.0]
    assert len(server.calls("/api/v3/create-application")) == 2


async def test_status_429_envelope_retried_then_raises(server: FakeServer, mgmt: BaseManagementClient,
                                                       sleeps: list[float]) -> None:
    server.script("POST", "/api/v3/create-application", fail(429, "throttled"))
    with pytest.raises(RateLimitError):
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, FakeApplicationDto, None)
    assert len(server.calls("/api/v3/create-application")) == 3  # 1 + max_retries(2)
    assert len(sleeps) == 2 and all(0 <= d <= 8 for d in sleeps)


async def test_get_5xx_retried(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("GET", "/api/v3/get-application", html_502, fail(500, "oops"), ok(APP))
    app = await mgmt._call(GET_APPLICATION, ("app1",), FakeApplicationDto, None)
    assert app.app_name == "demo"
    assert len(server.calls("/api/v3/get-application")) == 3


async def test_post_5xx_not_retried(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/create-application", fail(500, "maybe created"))
    with pytest.raises(ServerError):
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, FakeApplicationDto, None)
    assert len(server.calls("/api/v3/create-application")) == 1


async def slow(_rec: object) -> dict[str, object]:
    await asyncio.sleep(0.4)
    return ok(APP)


async def test_post_timed_out_after_sending_is_not_resent(server: FakeServer,
                                                          mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/create-application", slow)
    with pytest.raises(APITimeoutError) as info:
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, FakeApplicationDto, RequestOptions.build(timeout=0.1))
    assert info.value.request_sent is True
    assert len(server.calls("/api/v3/create-application")) == 1


async def test_post_timeout_resent_when_opted_in(server: FakeServer) -> None:
    server.script("POST", "/api/v3/create-application", slow)
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url,
                                    retry_on_post=True) as client:
        with pytest.raises(APITimeoutError):
            await client._call(CREATE_APPLICATION, CREATE_ARGS, None, RequestOptions.build(timeout=0.1))
    assert len(server.calls("/api/v3/create-application")) == 3
    server.reset()
    server.script("POST", "/api/v3/create-application", slow)
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(APITimeoutError):
            await client.request("POST", "/api/v3/create-application", json={"appName": "x"},
                                 timeout=0.1, idempotent=True, max_retries=1)
    assert len(server.calls("/api/v3/create-application")) == 2


async def test_connection_refused_is_retried_even_for_post(sleeps: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=url) as client:
        with pytest.raises(ConnectError) as info:
            await client.request("POST", "/api/v3/create-application", json={"appName": "x"})
    assert info.value.request_sent is False
    assert len(sleeps) == 2


async def test_html_502_raises_format_error_with_status_and_excerpt(server: FakeServer,
                                                                   mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/create-application", html_502)
    with pytest.raises(ResponseFormatError) as info:
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, None, None)
    assert info.value.http_status == 502
    assert "502 Bad Gateway" in info.value.excerpt and "502" in str(info.value)


async def test_empty_body_raises_format_error(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/create-application", lambda _r: web.Response(status=200, body=b""))
    with pytest.raises(ResponseFormatError) as info:
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, None, None)
    assert info.value.http_status == 200 and "empty" in str(info.value)


async def test_sequential_calls_reuse_one_connection(server: FakeServer, mgmt: BaseManagementClient) -> None:
    for _ in range(5):
        await mgmt._call(GET_APPLICATION, ("a",), None, None)
        await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, None, None)
    peers = {r.peer for r in server.requests}
    assert len(server.requests) == 11  # token + 10 calls
    assert len(peers) == 1


async def test_user_session_used_and_not_closed(server: FakeServer) -> None:
    async with aiohttp.ClientSession() as session:
        client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url, session=session)
        await client._call(GET_APPLICATION, ("a",), None, None)
        assert client._transport.get_session() is session
        await client.aclose()
        assert not session.closed
        await client._call(GET_APPLICATION, ("a",), None, None)


async def test_aclose_closes_own_session_and_client_can_be_reused(server: FakeServer) -> None:
    client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    await client._call(GET_APPLICATION, ("a",), None, None)
    session = client._transport.get_session()
    await client.aclose()
    assert session.closed
    await client._call(GET_APPLICATION, ("a",), None, None)
    await client.aclose()


def test_client_reused_from_a_second_event_loop(server: FakeServer) -> None:
    client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    server.script("GET", "/api/v3/get-application", ok(APP))

    async def use() -> str:
        app = await asyncio.wait_for(client._call(GET_APPLICATION, ("a",), FakeApplicationDto, None), 5)
        return str(app.app_id)

    assert asyncio.run(use()) == "app1"
    assert asyncio.run(use()) == "app1"  # first loop is closed now; a fresh session is used
    assert server.token_count == 1  # the token cache survives the loop change

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())


async def test_after_fork_a_fresh_session(server: FakeServer, mgmt: BaseManagementClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    await mgmt._call(GET_APPLICATION, ("a",), None, None)
    parent_session = mgmt._transport.get_session()
    real_pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: real_pid + 1)
    # What the transport's os.register_at_fork hook does in a real child (it caches the pid).
    monkeypatch.setattr(_transport, "_pid", real_pid + 1)
    await mgmt._call(GET_APPLICATION, ("a",), None, None)
    child_session = mgmt._transport.get_session()
    assert child_session is not parent_session
    assert parent_session.closed  # detached, without touching the parent's sockets
    peers = [r.peer for r in server.calls("/api/v3/get-application")]
    assert peers[0] != peers[1]


async def test_per_call_options(server: FakeServer, mgmt: BaseManagementClient) -> None:
    options = RequestOptions.build(
        extra_headers={"x-trace": "t1"}, extra_query={"debug": True}, extra_body={"extraField": 1, "nul": None}
    )
    await mgmt._call(CREATE_APPLICATION, CREATE_ARGS, None, options)
    call = server.calls("/api/v3/create-application")[0]
    assert call.headers["x-trace"] == "t1"
    assert call.query == [("debug", "true")]
    assert call.json() == {"appName": "demo", "appIdentifier": "demo-id", "extraField": 1}

    server.script("GET", "/api/v3/list-applications", html_502)
    with pytest.raises(ResponseFormatError):
        await mgmt._call(LIST_APPLICATIONS, (None,) * 5, None, RequestOptions.build(max_retries=0))
    assert len(server.calls("/api/v3/list-applications")) == 1


async def test_with_options_shares_session(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("GET", "/api/v3/list-applications", html_502)
    quick = mgmt.with_options(max_retries=0, timeout=5)
    with pytest.raises(ResponseFormatError):
        await quick._call(LIST_APPLICATIONS, (None,) * 5, None, None)
    assert len(server.calls("/api/v3/list-applications")) == 1
    await quick.aclose()
    assert quick._transport.get_session() is mgmt._transport.get_session()
    assert not mgmt._transport.get_session().closed
    assert server.token_count == 1
