"""The bulk engine against failures that happen *after* the server acted, through a proxy of our own."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections import Counter
from typing import Any

import pytest
from aiohttp import web

import genauth_sync
from genauth_async import ManagementClient
from genauth_async import bulk as async_bulk
from genauth_async._retry import RetryPolicy
from genauth_async.bulk import (
    APPLICATIONS,
    ProvisionAborted,
    ProvisionSummary,
    provision,
    provision_applications,
)
from genauth_async.errors import AuthenticationError, ConnectError, ResponseFormatError
from genauth_async.testing import Emulator
from genauth_sync import bulk as sync_bulk
from tests.support.fake_server import closed_port

from ._proxy import FaultProxy

CREATE = "/api/v3/create-application"
LIST = "/api/v3/list-applications"


def _specs(n: int, prefix: str) -> list[dict[str, Any]]:
    return [{"appName": f"{prefix} {i}", "appIdentifier": f"{prefix}-{i}"} for i in range(n)]


def _client(url: str, emu: Emulator) -> ManagementClient:
    return ManagementClient(emu.access_key_id, emu.access_key_secret, host=url,
                            retry_policy=RetryPolicy(max_retries=2, base_delay=0.005))


def _identifiers(emu: Emulator) -> Counter[str]:
    return Counter(app["appIdentifier"] for app in emu.store.applications)


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (502, None, "text/html"),  # nginx's page after the server created it
        (504, None, "text/html"),
        (200, '{"hello": "not the API"}', "application/json"),  # JSON, but no envelope
        (200, "", "text/plain"),  # an empty answer
    ],
)
async def test_gateway_pages_and_foreign_answers_are_looked_up_never_failed_or_resent(
    status: int, body: str | None, content_type: str
) -> None:
    async with Emulator() as emu:
        proxy = await FaultProxy(emu.url).start()
        proxy.gateway_after(CREATE, every=2, status=status, body=body, content_type=content_type)
        try:
            async with _client(proxy.url, emu) as client:
                summary = ProvisionSummary()
                results = [r async for r in provision_applications(client, _specs(40, "gw"), concurrency=8,
                                                                   summary=summary, max_attempts=3)]
        finally:
            await proxy.stop()
        on_server = _identifiers(emu)
    assert Counter(r.status for r in results) == Counter({"created": 40}), [r.to_json() for r in results][:2]
    assert on_server == Counter({f"gw-{i}": 1 for i in range(40)})  # nothing lost, nothing doubled
    recovered = [r for r in results if r.recovered]
    assert len(recovered) == 20 and all(r.attempts == 1 for r in recovered)  # found, not sent again
    assert proxy.seen[CREATE] == 40 and summary.lookups == 20
    assert {r.id for r in results} == {app["appId"] for app in emu.store.applications}


async def test_an_item_still_unsure_when_attempts_run_out_is_unknown_and_resume_looks_it_up_first() -> None:
    async with Emulator() as emu:
        proxy = await FaultProxy(emu.url).start()
        proxy.gateway_after(CREATE, every=1)  # every create answered by a gateway page
        proxy.gateway_after(LIST, every=1)  # and every lookup too
        try:
            async with _client(proxy.url, emu) as client:
                first = [r async for r in provision_applications(client, _specs(3, "unsure"), max_attempts=2)]
        finally:
            await proxy.stop()
        assert [r.status for r in first] == ["unknown"] * 3  # they exist: 'failed' would be a lie
        assert all(isinstance(r.error, ResponseFormatError) and r.error.http_status == 502 for r in first)
        assert _identifiers(emu) == Counter({"unsure-0": 1, "unsure-1": 1, "unsure-2": 1})
        # The next run is told which keys are unsure: it looks them up and sends no create for them.
        proxy = await FaultProxy(emu.url).start()
        try:
            async with _client(proxy.url, emu) as client:
                again = [r async for r in provision_applications(client, _specs(4, "unsure"),
                                                                 unsure_keys={"unsure-0", "unsure-1", "unsure-2"})]
        finally:
            await proxy.stop()
        on_server = _identifiers(emu)
    by_key = {r.key: r for r in again}
    assert all(by_key[f"unsure-{i}"].status == "created" and by_key[f"unsure-{i}"].recovered
               and by_key[f"unsure-{i}"].attempts == 0 for i in range(3))
    assert by_key["unsure-3"].status == "created" and by_key["unsure-3"].attempts == 1
    assert proxy.seen[CREATE] == 1 and on_server == Counter({f"unsure-{i}": 1 for i in range(4)})


async def test_refused_credentials_mid_run_stop_every_worker() -> None:
    """From the 5th create on, the server answers 401: the run stops instead of failing 500 items."""

    def unauthorized() -> web.Response:
        return web.json_response({"statusCode": 401, "message": "token revoked", "requestId": "r-401"})

    async with Emulator() as emu:
        proxy = await FaultProxy(emu.url).start()
        proxy.replace_after(CREATE, 5, unauthorized)
        try:
            async with _client(proxy.url, emu) as client:
                results = []
                with pytest.raises(ProvisionAborted) as aborted:
                    async for result in provision(client, APPLICATIONS, _specs(500, "revoked"), concurrency=4):
                        results.append(result)
        finally:
            await proxy.stop()
    assert isinstance(aborted.value.cause, AuthenticationError) and "token revoked" in str(aborted.value)
    assert len(results) < 20  # the items in flight, not the whole input
    # 4 creates went through; each refused create refreshed the token once (the client's own rule)
    assert proxy.seen[CREATE] <= 4 + 2 * 4
    assert proxy.seen["/api/v3/get-management-token"] <= 1 + 4
    assert Counter(r.status for r in results)["created"] == 4


async def test_a_host_that_starts_refusing_connections_stops_the_run() -> None:
    async with Emulator() as emu:
        proxy = await FaultProxy(emu.url).start()
        async with _client(proxy.url, emu) as client:
            results = []
            with pytest.raises(ProvisionAborted) as aborted:
                async for result in provision(client, APPLICATIONS, _specs(1000, "gone"), concurrency=8,
                                              max_unreachable=10, unreachable_grace=0.0, backoff=0.001):
                    results.append(result)
                    if len(results) == 10:
                        await proxy.stop()  # the port now refuses every connection
        created = _identifiers(emu)
    assert isinstance(aborted.value.cause, ConnectError) and "refused 10 connections" in str(aborted.value)
    assert len(results) < 100  # stopped after a bounded number of failures, not 1,000 x 6 attempts
    reported_created = {r.key for r in results if r.status == "created"}
    assert reported_created == set(created)  # every item that exists is reported as created
    assert not any(r.status == "failed" and r.key in created for r in results)


async def test_a_closed_port_from_the_start_stops_after_the_bound() -> None:
    async with Emulator() as emu:
        port = closed_port()
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=f"http://127.0.0.1:{port}",
                                    retry_policy=RetryPolicy(max_retries=0)) as client:
            results = []
            with pytest.raises(ProvisionAborted):
                async for result in provision(client, APPLICATIONS, _specs(1000, "closed"), concurrency=32,
                                              max_unreachable=10, unreachable_grace=0.0, backoff=0.001):
                    results.append(result)
    assert len(results) <= 64 and all(r.status == "failed" for r in results)
    assert all(isinstance(r.error, ConnectError) and not r.error.request_sent for r in results)


async def test_stop_finishes_the_items_in_flight_and_starts_no_new_one() -> None:
    async with Emulator() as emu:
        emu.faults.add("latency", path=CREATE, latency=0.02)
        stop = asyncio.Event()
        summary = ProvisionSummary()
        async with _client(emu.url, emu) as client:
            results = []
            async for result in provision(client, APPLICATIONS, _specs(500, "stop"), concurrency=8, stop=stop,
                                          summary=summary):
                results.append(result)
                if len(results) == 20:
                    stop.set()
        on_server = _identifiers(emu)
    # results already queued for the consumer (2 x concurrency) plus the items in flight (concurrency)
    assert summary.interrupted and 20 <= len(results) <= 20 + 3 * 8
    assert {r.key for r in results if r.status == "created"} == set(on_server)  # nothing left unreported
    assert max(on_server.values()) == 1


def test_sync_bulk_has_every_option_of_the_async_bulk() -> None:
    for name in ("provision", "provision_applications", "provision_users"):
        ours = inspect.signature(getattr(sync_bulk, name)).parameters
        theirs = inspect.signature(getattr(async_bulk, name)).parameters
        assert list(ours) == list(theirs), name
        for key, param in theirs.items():
            assert (ours[key].kind, ours[key].default) == (param.kind, param.default), (name, key)
    assert sync_bulk.ProvisionAborted is async_bulk.ProvisionAborted


def test_sync_bulk_stops_on_a_threading_event() -> None:
    with Emulator.start_in_thread() as emu:
        emu.faults.add("latency", path=CREATE, latency=0.02)
        stop = threading.Event()
        summary = ProvisionSummary()
        with genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            results = []
            for result in sync_bulk.provision_applications(client, _specs(500, "sync-stop"), concurrency=4,
                                                           stop=stop, summary=summary):
                results.append(result)
                if len(results) == 10:
                    stop.set()
        on_server = emu.call(lambda: Counter(app["appIdentifier"] for app in emu.store.applications))
    assert summary.interrupted and 10 <= len(results) < 100
    assert {r.key for r in results if r.status == "created"} == set(on_server)


async def test_a_wrong_secret_costs_one_token_request_and_stops_the_run() -> None:
    async with Emulator() as emu:
        proxy = await FaultProxy(emu.url).start()
        try:
            async with ManagementClient(emu.access_key_id, "wrong-secret", host=proxy.url) as client:
                results = []
                with pytest.raises(ProvisionAborted) as aborted:
                    async for result in provision(client, APPLICATIONS, _specs(1000, "wrong"), concurrency=32):
                        results.append(result)
        finally:
            await proxy.stop()
    assert proxy.seen["/api/v3/get-management-token"] == 1 and proxy.seen[CREATE] == 0
    assert isinstance(aborted.value.cause, AuthenticationError) and "wrong-secret" not in str(aborted.value)
    assert len(results) <= 32 and {r.status for r in results} == {"failed"}  # only the items in flight
