"""Issue 16, points 4 and 8: one deadline per call across its attempts, and timeout errors that say what hung.

The emulator's faults stand in for the server; backoff pauses go through the patched ``_sleep``
(the ``sleeps`` fixture records them), so "failed at once" is checked as "no pause was taken and
the server saw one request", never with a clock.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

import genauth_async
from genauth_async._retry import MAX_DEFAULT_DEADLINE, RetryPolicy
from genauth_async.errors import APITimeoutError, RateLimitError
from genauth_async.testing import Emulator

GET_APP = "/api/v3/get-application"


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator() as emulator:
        yield emulator


def _client(emu: Emulator, **kwargs: object) -> genauth_async.ManagementClient:
    return genauth_async.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url, **kwargs)  # type: ignore[arg-type]


async def _app(emu: Emulator) -> str:
    return str(emu.create_application(app_name="Deadline", app_identifier="deadline")["appId"])


def test_default_deadline_is_every_attempt_plus_its_pauses_capped() -> None:
    policy = RetryPolicy()
    assert policy.default_deadline(10.0, 2) == 3 * 10.0 + 0.5 + 1.0
    assert policy.default_deadline(10.0, 0) == 10.0
    assert policy.default_deadline(60.0, 5) == MAX_DEFAULT_DEADLINE
    assert policy.default_deadline(300.0, 2) == 300.0  # never below one attempt's timeout
    assert policy.default_deadline(1.0, 10**9) == MAX_DEFAULT_DEADLINE  # and cheap for silly values


async def test_retry_after_beyond_the_deadline_fails_at_once(emu: Emulator, sleeps: list[float]) -> None:
    app_id = await _app(emu)
    fault = emu.faults.add("throttle", path=GET_APP, count=5, retry_after=3600, http_status=429)
    async with _client(emu) as client:
        with pytest.raises(RateLimitError) as info:
            await client.get_application(app_id)
    assert info.value.retry_after == 3600.0
    assert info.value.status_code == 429
    assert sleeps == []  # no pause at all, let alone 60 s twice
    assert fault.fired == 1  # the first answer decided it


async def test_retry_after_within_the_deadline_is_honoured(emu: Emulator, sleeps: list[float]) -> None:
    app_id = await _app(emu)
    fault = emu.faults.add("throttle", path=GET_APP, count=1, retry_after=2)
    async with _client(emu) as client:
        app = await client.get_application(app_id)
    assert app.app_id == app_id
    assert sleeps == [2.0] and fault.fired == 1


async def test_client_deadline_and_per_call_deadline(emu: Emulator, sleeps: list[float]) -> None:
    app_id = await _app(emu)
    emu.faults.add("throttle", path=GET_APP, count=2, retry_after=2)
    async with _client(emu, deadline=1.5) as client:
        with pytest.raises(RateLimitError) as info:
            await client.get_application(app_id)  # 2 s of Retry-After do not fit in 1.5 s
        assert info.value.retry_after == 2.0
        assert sleeps == []
        # A copy with a longer deadline waits; so does one raw request with its own deadline.
        roomy = client.with_options(deadline=30)
        assert (await roomy.get_application(app_id)).app_id == app_id
        assert sleeps == [2.0]
        emu.faults.add("throttle", path=GET_APP, count=1, retry_after=2)
        data = await client.request("GET", GET_APP, query={"appId": app_id}, deadline=30)
        assert data["appId"] == app_id
        assert sleeps == [2.0, 2.0]


async def test_timeout_error_names_method_path_and_timeout(emu: Emulator, sleeps: list[float]) -> None:
    app_id = await _app(emu)
    async with _client(emu) as client:
        await client.get_management_token()  # the token fetch is not what should time out
        emu.faults.add("latency", path=GET_APP, latency=0.6)
        with pytest.raises(APITimeoutError) as info:
            await client.get_application(app_id, request_timeout=0.2, max_retries=0)
    assert str(info.value) == "get_application GET /api/v3/get-application timed out after 0.2 s"
    assert info.value.request_sent is True
    assert isinstance(info.value, TimeoutError)


async def test_last_attempt_gets_what_is_left_of_the_deadline(emu: Emulator, sleeps: list[float]) -> None:
    app_id = await _app(emu)
    policy = RetryPolicy(jitter=lambda: 0.0)  # pauses of 0 s: only attempts use the deadline
    async with _client(emu, retry_policy=policy, max_retries=5) as client:
        await client.get_management_token()
        fault = emu.faults.add("latency", path=GET_APP, latency=0.9)
        with pytest.raises(APITimeoutError) as info:
            await client.with_options(deadline=1.0).get_application(app_id, request_timeout=0.6)
    # First attempt: its full 0.6 s; second: the ~0.4 s left; then nothing is left for a third.
    assert fault.fired == 2
    assert re.fullmatch(
        r"get_application GET /api/v3/get-application timed out after 0\.[1-4]\d* s "
        r"\(the rest of the call's 1 s deadline\)",
        str(info.value),
    ), str(info.value)
    assert sleeps == [0.0]


def test_connect_timeout_message_names_the_connect_budget() -> None:
    import asyncio

    import aiohttp

    from genauth_async._transport import describe_timeout, map_failure

    connect = map_failure(aiohttp.ConnectionTimeoutError("connect"))
    described = describe_timeout(connect, "create_application", "POST", "/api/v3/create-application", 10.0)
    assert str(described) == "create_application POST /api/v3/create-application: connect timed out after 5 s (not sent)"
    assert described.request_sent is False and isinstance(described, APITimeoutError)
    total = describe_timeout(map_failure(asyncio.TimeoutError()), None, "GET", "/api/v3/x", 2.5, deadline=7)
    assert str(total) == "GET /api/v3/x timed out after 2.5 s (the rest of the call's 7 s deadline)"
    assert total.request_sent is True
