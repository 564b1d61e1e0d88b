"""Each fault kind, count and rate triggers, reproducibility, stats, and the CLI syntax."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from genauth_async.testing import Emulator, Fault, FaultPlan

from .conftest import Api

CREATE = "/api/v3/create-application"


async def test_error_and_bad_gateway(api: Api, emu: Emulator) -> None:
    await api.headers()
    emu.faults.add("error", path="/api/v3/list-*", count=1)
    body = await api.get("/api/v3/list-applications")
    assert body["statusCode"] == 500 and body["requestId"]
    assert (await api.get("/api/v3/list-applications"))["statusCode"] == 200
    emu.faults.add("bad_gateway", path="/api/v3/list-applications", count=1)
    async with api.session.get(emu.url + "/api/v3/list-applications", headers=await api.headers()) as resp:
        assert resp.status == 502 and resp.content_type == "text/html"
    assert emu.faults.stats == {"error": 1, "bad_gateway": 1}


async def test_throttle_with_retry_after(api: Api, emu: Emulator) -> None:
    emu.faults.add("throttle", count=2, retry_after=3)
    emu.faults.add(Fault(kind="throttle", count=1, http_status=429, retry_after=0.5))
    for expected_http in (200, 200, 429):
        async with api.session.get(emu.url + "/api/v3/list-applications") as resp:
            assert resp.status == expected_http
            assert (await resp.json())["statusCode"] == 429
            assert resp.headers["Retry-After"] in ("3", "0.5")
    assert emu.faults.stats["throttle"] == 3 and not emu.faults.faults


async def test_latency(api: Api, emu: Emulator) -> None:
    await api.headers()
    emu.faults.add("latency", latency=0.2, path="/api/v3/get-application-secret")
    started = time.perf_counter()
    body = await api.get("/api/v3/get-application-secret", {"appId": "x"})
    assert time.perf_counter() - started >= 0.2 and body["apiCode"] == 2011


async def test_drop_before_does_not_act(api: Api, emu: Emulator) -> None:
    await api.headers()
    emu.faults.add("drop_before", path=CREATE, count=1)
    with pytest.raises(aiohttp.ClientError):
        await api.post(CREATE, {"appName": "A", "appIdentifier": "a"})
    assert len(emu.store.applications) == 0
    assert (await api.post(CREATE, {"appName": "A", "appIdentifier": "a"}))["statusCode"] == 200


async def test_drop_after_acts_but_never_answers(api: Api, emu: Emulator) -> None:
    await api.headers()
    emu.faults.add("drop_after", path=CREATE, count=1)
    with pytest.raises(aiohttp.ClientError):
        await api.post(CREATE, {"appName": "A", "appIdentifier": "a"})
    assert len(emu.store.applications) == 1
    retry = await api.post(CREATE, {"appName": "A", "appIdentifier": "a"})
    assert retry["apiCode"] == 2039  # what a blind retry of a POST runs into
    assert emu.faults.stats["drop_after"] == 1


def test_rate_is_reproducible_with_a_seed() -> None:
    def run(seed: int) -> list[bool]:
        plan = FaultPlan([Fault(kind="error", rate=0.3)], seed=seed)
        return [plan.decide("GET", "/x") is not None for _ in range(200)]

    assert run(7) == run(7)
    assert 30 < sum(run(7)) < 90


def test_cli_syntax() -> None:
    fault = Fault.parse("throttle:path=/api/v3/create-*,count=3,retry_after=2,http_status=429")
    assert (fault.kind, fault.count, fault.retry_after, fault.http_status) == ("throttle", 3, 2.0, 429)
    assert fault.matches("POST", "/api/v3/create-application") and not fault.matches("POST", "/api/v3/list-users")
    assert Fault.parse("latency:ms=250").latency == 0.25
    assert Fault.parse("drop-after:rate=0.1").kind == "drop_after"
    with pytest.raises(ValueError):
        Fault.parse("explode")


async def test_concurrent_creates_with_faults_are_counted(api: Api, emu: Emulator) -> None:
    await api.headers()
    emu.faults.seed(1)
    emu.faults.add("error", path=CREATE, rate=0.2)
    results = await asyncio.gather(
        *(api.post(CREATE, {"appName": f"A{i}", "appIdentifier": f"bulk-{i}"}) for i in range(200))
    )
    failed = sum(r["statusCode"] == 500 for r in results)
    assert failed == emu.faults.stats["error"] and 0 < failed < 200
    assert len(emu.store.applications) == 200 - failed
