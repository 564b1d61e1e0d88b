"""``with_raw_response`` of the endpoints that answer nothing typed: a RawResponse, never None.

Their plain call returns None; the raw view must still give the status, headers, body and request
id (what it is for: the request id of a delete, say). Every such endpoint of the spec, both
packages, against the recording server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _specdata import ENDPOINTS, answer, argument, expected_request

import genauth_async
import genauth_sync
from genauth_async import RawResponse
from tests.support.fake_server import FakeServer

NOTHING = [ep for ep in ENDPOINTS if ep.get("data_type") is None]
IDS = [f"{ep['client']}.{ep['name']}" for ep in NOTHING]


def _kwargs(ep: dict[str, Any]) -> dict[str, Any]:
    return {(p["name"] + "_" if p["name"] in ("from", "global") else p["name"]): argument(p) for p in ep["params"]}


def _prepare(server: FakeServer, ep: dict[str, Any]) -> None:
    path, _, _ = expected_request(ep, {p["name"]: argument(p) for p in ep["params"]})
    server.set(ep["method"], path, answer(ep), raw=ep.get("envelope") is False)


def _check(raw: Any) -> None:
    assert isinstance(raw, RawResponse), raw
    assert raw.http_status == 200
    assert raw.parse() is None
    assert raw.request_id
    assert isinstance(raw.content, bytes) and raw.content


@pytest.fixture(scope="module")
def sync_clients(shared_server: FakeServer) -> Iterator[dict[str, Any]]:
    m = genauth_sync.ManagementClient("ak", "sk", host=shared_server.url, max_retries=0)
    a = genauth_sync.AuthenticationClient("app1", shared_server.url, app_secret="sec", access_token="tok",
                                          max_retries=0)
    yield {"management": m, "authentication": a}
    m.close()
    a.close()


def test_there_are_such_endpoints() -> None:
    assert len(NOTHING) > 40


@pytest.mark.parametrize("ep", NOTHING, ids=IDS)
async def test_async_raw_response_of_an_endpoint_without_answer(server: FakeServer, ep: dict[str, Any]) -> None:
    _prepare(server, ep)
    if ep["client"] == "management":
        client: Any = genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0)
    else:
        client = genauth_async.AuthenticationClient("app1", server.url, app_secret="sec", access_token="tok",
                                                    max_retries=0)
    async with client:
        assert await getattr(client, ep["name"])(**_kwargs(ep)) is None
        _check(await getattr(client.with_raw_response, ep["name"])(**_kwargs(ep)))


@pytest.mark.parametrize("ep", NOTHING, ids=IDS)
def test_sync_raw_response_of_an_endpoint_without_answer(server: FakeServer, sync_clients: dict[str, Any],
                                                         ep: dict[str, Any]) -> None:
    _prepare(server, ep)
    client = sync_clients[ep["client"]]
    assert getattr(client, ep["name"])(**_kwargs(ep)) is None
    _check(getattr(client.with_raw_response, ep["name"])(**_kwargs(ep)))
