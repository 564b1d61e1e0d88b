"""Core issue item 4 (envelope and errors) and item 5 (retries, exact attempt counts).

Each documented statusCode class becomes its exception class with every field filled in, both when
built directly and end to end through a server answering the envelope. The fake server, told
to read a whole request and hang up without answering, shows the "may have reached the server"
branch: a POST goes out exactly once, a GET is retried, and exactly ``1 + max_retries`` times
(aiohttp's own silent re-send of idempotent requests is off).
"""

from __future__ import annotations

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
from tests.support.fake_server import HANG_UP, FakeServer, fail

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


@pytest.fixture
def hang_up(server: FakeServer) -> FakeServer:
    """The fake server reading each whole request and closing the connection without an answer."""
    for method, path in (("POST", "/api/v3/create-thing"), ("GET", "/api/v3/get-thing")):
        server.script(method, path, HANG_UP)
    return server


def _count(server: FakeServer, method: str, path: str) -> int:
    return sum(1 for r in server.requests if (r.method, r.path) == (method, path))


async def test_post_sent_exactly_once_when_the_server_hangs_up(hang_up: FakeServer,
                                                               sleeps: list[float]) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url) as client:
        with pytest.raises(TransportError) as info:
            await client.request("POST", "/api/v3/create-thing", json={"name": "x"})
    assert type(info.value) is TransportError  # not a timeout, not a connect error
    assert info.value.request_sent is True  # it may have reached the server
    assert [(r.method, r.path, r.body) for r in hang_up.requests] == [
        ("POST", "/api/v3/create-thing", b'{"name":"x"}')
    ]
    assert sleeps == []


@pytest.mark.parametrize("max_retries", [0, 2, 3])
async def test_get_retried_exactly_max_retries_times_when_the_server_hangs_up(
    hang_up: FakeServer, sleeps: list[float], max_retries: int
) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url, max_retries=max_retries) as client:
        with pytest.raises(TransportError) as info:
            await client.request("GET", "/api/v3/get-thing", query={"id": "1"})
    assert info.value.request_sent is True
    # aiohttp alone would re-send each idempotent attempt once more on the dropped connection.
    assert _count(hang_up, "GET", "/api/v3/get-thing") == 1 + max_retries
    assert len(sleeps) == max_retries


async def test_post_opted_in_is_retried_exactly(hang_up: FakeServer, sleeps: list[float]) -> None:
    async with BaseAuthenticationClient("app-1", hang_up.url, retry_on_post=True) as client:
        with pytest.raises(TransportError):
            await client.request("POST", "/api/v3/create-thing", json={})
    assert _count(hang_up, "POST", "/api/v3/create-thing") == 3
