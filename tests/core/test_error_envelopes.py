"""Core issue item 4 (envelope and errors) and item 5 (retries, exact attempt counts).

Each documented statusCode class becomes its exception class with every field filled in, both when
built directly and end to end through a server answering the envelope. A raw asyncio server that
reads a whole request and hangs up without answering shows the "may have reached the server"
branch: a POST goes out exactly once, a GET is retried, and exactly ``1 + max_retries`` times
(aiohttp's own silent re-send of idempotent requests is off).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import attrs
import pytest
from aiohttp import web

from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnprocessableError,
    UpstreamError,
    make_api_error,
)
from tests.support.fake_server import FakeServer, fail

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (413, PayloadTooLargeError),
    (422, UnprocessableError),
    (429, RateLimitError),
    (499, ClientError),
    (500, ServerError),
    (501, ServerError),
    (502, ServerError),
    (503, ServerError),
    (601, UpstreamError),
    (602, UpstreamError),
    (603, UpstreamError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_code_maps_to_class_with_all_fields(status: int, cls: type[APIError]) -> None:
    body = {"statusCode": status, "apiCode": 2039, "message": "m", "requestId": "rid"}
    err = make_api_error(status, "m", api_code=2039, request_id="rid", http_status=200, body=body)
    assert type(err) is cls and isinstance(err, APIError)
    assert (err.status_code, err.api_code, err.message, err.request_id, err.http_status) == (
        status, 2039, "m", "rid", 200)
    assert err.body is body
    assert err.statusCode == status and err.apiCode == 2039  # official GenAuthException names
    assert f"statusCode={status}" in str(err) and "apiCode=2039" in str(err) and "rid" in str(err)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_envelope_error_end_to_end(status: int, cls: type[APIError], server: FakeServer,
                                         mgmt: BaseManagementClient) -> None:
    envelope = fail(status, f"failure {status}", api_code=status * 10)
    server.script("POST", "/api/v3/do-something", envelope)
    with pytest.raises(APIError) as info:
        await mgmt.request("POST", "/api/v3/do-something", json={"a": 1}, max_retries=0)
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.api_code == status * 10
    assert err.message == f"failure {status}"
    assert err.request_id == f"req-{status}"
    assert err.http_status == 200  # the V3 API answers HTTP 200 with the outcome in the body
    assert err.body == envelope  # the raw envelope, as parsed
    if status == 429:
        assert isinstance(err, RateLimitError) and err.retry_after is None


async def test_envelope_without_api_code_and_http_error_status(server: FakeServer) -> None:
    server.script("GET", "/api/v3/throttled",
                  lambda _r: web.json_response({"statusCode": 429, "message": "slow"}, status=429,
                                               headers={"Retry-After": "7"}))
    server.script("GET", "/api/v3/gone", lambda _r: web.json_response({"error": "nope"}, status=404,
                                                                      headers={"x-request-id": "hdr-rid"}))
    async with BaseAuthenticationClient("app-1", server.url) as client:
        with pytest.raises(RateLimitError) as limited:
            await client.request("GET", "/api/v3/throttled", max_retries=0)
        with pytest.raises(NotFoundError) as gone:
            await client.request("GET", "/api/v3/gone", max_retries=0)
    assert limited.value.api_code is None and limited.value.http_status == 429
    assert limited.value.retry_after == 7.0 and limited.value.body == {"statusCode": 429, "message": "slow"}
    assert gone.value.status_code == 404 and gone.value.http_status == 404
    assert gone.value.request_id == "hdr-rid" and gone.value.message == "nope"
    assert gone.value.body == {"error": "nope"}


# -- a server that reads the request and hangs up ------------------------------------------------


@attrs.define
class HangUpServer:
    """Reads one whole HTTP request per connection, records it, closes without a byte of answer."""

    requests: list[tuple[str, str, bytes]] = attrs.field(factory=list)
    url: str = ""
    _server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            body = await reader.readexactly(length) if length else b""
            self.requests.append((method, target.split("?")[0], body))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def count(self, method: str, path: str) -> int:
        return sum(1 for m, p, _ in self.requests if (m, p) == (method, path))


@pytest.fixture
async def hang_up() -> AsyncIterator[HangUpServer]:
    srv = HangUpServer()
    await srv.start()
    yield srv
    await srv.stop()


async def test_post_sent_exactly_once_when_the_server_hangs_up(hang_up: HangUpServer,
                                                               sleeps: list[float]) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url) as client:
        with pytest.raises(TransportError) as info:
            await client.request("POST", "/api/v3/create-thing", json={"name": "x"})
    assert type(info.value) is TransportError  # not a timeout, not a connect error
    assert info.value.request_sent is True  # it may have reached the server
    assert hang_up.requests == [("POST", "/api/v3/create-thing", b'{"name":"x"}')]
    assert sleeps == []


@pytest.mark.parametrize("max_retries", [0, 2, 3])
async def test_get_retried_exactly_max_retries_times_when_the_server_hangs_up(
    hang_up: HangUpServer, sleeps: list[float], max_retries: int
) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url, max_retries=max_retries) as client:
        with pytest.raises(TransportError) as info:
            await client.request("GET", "/api/v3/get-thing", query={"id": "1"})
    assert info.value.request_sent is True
    # aiohttp alone would re-send each idempotent attempt once more on the dropped connection.
    assert hang_up.count("GET", "/api/v3/get-thing") == 1 + max_retries
    assert len(sleeps) == max_retries


async def test_post_opted_in_is_retried_exactly(hang_up: HangUpServer, sleeps: list[float]) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url, retry_on_post=True) as client:
        with pytest.raises(TransportError):
            await client.request("POST", "/api/v3/create-thing", json={})
    assert hang_up.count("POST", "/api/v3/create-thing") == 3
