"""(a) Every spec endpoint, through both packages, against the recording server: HTTP method,
path, query and body must be exactly what the spec says, and the answer must parse.

The record is cleared before each test and every call (the official name and each alias) must
leave exactly one request of its own (``FakeServer.take``), so a method that sends nothing
cannot pass on an older test's request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from _specdata import ENDPOINTS, answer, argument, expected_request

import genauth_async
import genauth_sync
from tests.support.fake_server import FakeServer

IDS = [f"{ep['client']}.{ep['name']}" for ep in ENDPOINTS]


def _args(ep: dict[str, Any]) -> dict[str, Any]:
    return {p["name"]: argument(p) for p in ep["params"]}


def _call_kwargs(args: dict[str, Any]) -> dict[str, Any]:
    return {(k + "_" if k in ("from", "global") else k): v for k, v in args.items()}


def _check(server: FakeServer, ep: dict[str, Any], args: dict[str, Any]) -> None:
    """The one request recorded since the last check is the one the spec describes."""
    path, query, body = expected_request(ep, args)
    rec = server.take(ep["method"], path)
    assert sorted(rec.query) == query
    if isinstance(body, list):  # form
        assert sorted(parse_qsl(rec.body.decode())) == body
    elif body is None:
        assert rec.body == b""
    else:
        assert rec.content_type == "application/json"
        assert rec.json() == body


def _prepare(server: FakeServer, ep: dict[str, Any], args: dict[str, Any]) -> None:
    path, _, _ = expected_request(ep, args)
    server.set(ep["method"], path, answer(ep), raw=ep.get("envelope") is False, key=ep.get("data_key", "data"))


def _async_client(server: FakeServer, client: str) -> Any:
    if client == "management":
        return genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0)
    return genauth_async.AuthenticationClient(
        "app1", server.url, app_secret="sec", access_token="tok", max_retries=0
    )


@pytest.fixture(scope="module")
def sync_clients(shared_server: FakeServer) -> Iterator[dict[str, Any]]:
    m = genauth_sync.ManagementClient("ak", "sk", host=shared_server.url, max_retries=0)
    a = genauth_sync.AuthenticationClient(
        "app1", shared_server.url, app_secret="sec", access_token="tok", max_retries=0
    )
    yield {"management": m, "authentication": a}
    m.close()
    a.close()


def _check_result(ep: dict[str, Any], result: Any) -> None:
    dt = ep.get("data_type")
    if dt is None:
        assert result is None
    elif dt["kind"] == "model" and dt["name"] != "Any":
        assert type(result).__name__ == dt["name"]
    elif dt["kind"] == "list":
        assert isinstance(result, list)


@pytest.mark.parametrize("ep", ENDPOINTS, ids=IDS)
async def test_async_endpoint(server: FakeServer, ep: dict[str, Any]) -> None:
    args = _args(ep)
    _prepare(server, ep, args)
    server.clear()
    async with _async_client(server, ep["client"]) as client:
        for name in [ep["name"], *(ep.get("aliases") or [])]:
            result = await getattr(client, name)(**_call_kwargs(args))
            _check(server, ep, args)
            _check_result(ep, result)


@pytest.mark.parametrize("ep", ENDPOINTS, ids=IDS)
def test_sync_endpoint(server: FakeServer, sync_clients: dict[str, Any], ep: dict[str, Any]) -> None:
    args = _args(ep)
    _prepare(server, ep, args)
    server.clear()
    # positional use, as the official SDK allows: every parameter in the official order; the
    # Node SDK's further fields are keyword-only
    positional = [args[p["name"]] for p in ep["params"] if not p.get("keyword_only")]
    keywords = {p["name"]: args[p["name"]] for p in ep["params"] if p.get("keyword_only")}
    for name in [ep["name"], *(ep.get("aliases") or [])]:
        result = getattr(sync_clients[ep["client"]], name)(*positional, **keywords)
        _check(server, ep, args)
        _check_result(ep, result)


def test_take_ignores_older_requests(server: FakeServer, sync_clients: dict[str, Any]) -> None:
    """A call that sends nothing fails the check even when an earlier call hit the same path."""
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    server.clear()
    sync_clients["management"].get_application_secret("a")
    assert server.take("GET", "/api/v3/get-application-secret").query == [("appId", "a")]
    with pytest.raises(AssertionError, match="exactly one"):
        server.take("GET", "/api/v3/get-application-secret")  # nothing new was sent
    sync_clients["management"].get_application_secret("b")
    sync_clients["management"].get_application_secret("c")
    with pytest.raises(AssertionError, match="exactly one"):
        server.take("GET", "/api/v3/get-application-secret")  # two calls, one check
