"""Per-call ``retry_on_post``: a POST the server may have acted on (it timed out after the request
was sent) is re-sent only when the call (or, with ``None``, the client) allows it."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

import genauth_async
import genauth_sync
from genauth_async._retry import RetryPolicy
from tests.support.fake_server import FakeServer, Recorded

PATH = "/api/v3/create-application"
TIMEOUT = 0.3  # per attempt; the first answer comes after 1 s


def _slow_first(server: FakeServer) -> None:
    calls = {"n": 0}

    def answer(req: Recorded) -> Any:
        calls["n"] += 1

        async def later() -> Any:
            if calls["n"] == 1:
                await asyncio.sleep(1.0)  # the request arrived; the answer does not come in time
            return {"appId": f"app-{calls['n']}"}

        return later()

    server.set("POST", PATH, answer)
    server.clear()


def _sent(server: FakeServer) -> int:
    return len([r for r in server.requests if r.path == PATH])


def _mgmt(server: FakeServer, **kw: Any) -> genauth_async.ManagementClient:
    policy = RetryPolicy(max_retries=1, base_delay=0.0)  # no backoff sleep in the test
    return genauth_async.ManagementClient("ak", "sk", host=server.url, retry_policy=policy, **kw)


async def test_post_is_not_resent_by_default(server: FakeServer) -> None:
    _slow_first(server)
    async with _mgmt(server) as client:
        with pytest.raises(genauth_async.APITimeoutError):
            await client.create_application("a", request_timeout=TIMEOUT, max_retries=1)
    await asyncio.sleep(0.1)
    assert _sent(server) == 1


async def test_post_is_resent_with_per_call_retry_on_post(server: FakeServer) -> None:
    _slow_first(server)
    async with _mgmt(server) as client:
        result = await client.create_application("a", request_timeout=TIMEOUT, max_retries=1, retry_on_post=True)
    assert result.app_id == "app-2"
    assert _sent(server) == 2


async def test_per_call_false_overrides_the_client(server: FakeServer) -> None:
    _slow_first(server)
    async with _mgmt(server, retry_on_post=True) as client:
        with pytest.raises(genauth_async.APITimeoutError):
            await client.create_application("a", request_timeout=TIMEOUT, max_retries=1, retry_on_post=False)
        await asyncio.sleep(0.1)
        assert _sent(server) == 1
        _slow_first(server)
        result = await client.create_application("a", request_timeout=TIMEOUT, max_retries=1)  # client's True
    assert result.app_id == "app-2" and _sent(server) == 2


def test_sync_post_is_resent_only_with_retry_on_post(server: FakeServer) -> None:
    policy = RetryPolicy(max_retries=1, base_delay=0.0)
    with genauth_sync.ManagementClient("ak", "sk", host=server.url, retry_policy=policy) as client:
        _slow_first(server)
        with pytest.raises(genauth_sync.APITimeoutError):
            client.create_application("a", request_timeout=TIMEOUT, max_retries=1)
        assert _sent(server) == 1
        _slow_first(server)
        assert client.create_application("a", request_timeout=TIMEOUT, retry_on_post=True).app_id == "app-2"
        assert _sent(server) == 2


GENERATED = [["_generated", "management"], ["_generated", "authentication"]]


@pytest.mark.parametrize("cls", [genauth_async.ManagementClient, genauth_async.AuthenticationClient,
                                 genauth_sync.ManagementClient, genauth_sync.AuthenticationClient])
def test_every_generated_method_takes_retry_on_post(cls: type) -> None:
    """One signature for every generated endpoint method: the per-call options (retry_on_post
    among them) come last, as ``**call_options: Unpack[CallOptions]``."""
    from genauth_async._options import CallOptions

    assert "retry_on_post" in CallOptions.__annotations__
    n = 0
    for name in dir(cls):
        fn = getattr(cls, name)
        # the generated endpoint mixins (genauth_*._generated.<client>.<area>), not the mirrored helpers
        if name.startswith("_") or not callable(fn) or fn.__module__.split(".")[1:3] not in GENERATED:
            continue
        last = list(inspect.signature(fn).parameters.values())[-1]
        assert last.kind is inspect.Parameter.VAR_KEYWORD, name
        assert (last.name, last.annotation) == ("call_options", "Unpack[CallOptions]"), name
        n += 1
    assert n > 100
