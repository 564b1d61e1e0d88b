"""Each fault kind, count and rate triggers, reproducibility, stats, and the CLI syntax."""

from __future__ import annotations

import asyncio
import email.utils

import aiohttp
import pytest

from genauth_async.testing import Emulator, Fault, FaultPlan
from genauth_async.testing import server as emulator_server
from genauth_async.testing.__main__ import build_parser, faults_from
from genauth_async.testing.faults import retry_after_header

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
    for expected_http, expected_after in ((200, "3"), (200, "3"), (429, "1")):
        async with api.session.get(emu.url + "/api/v3/list-applications") as resp:
            assert resp.status == expected_http
            assert (await resp.json())["statusCode"] == 429
            # RFC 9110 delay-seconds: an integer, rounded up so an obedient client is never early.
            assert resp.headers["Retry-After"] == expected_after
    assert emu.faults.stats["throttle"] == 3 and not emu.faults.faults


async def test_retry_after_formats(api: Api, emu: Emulator) -> None:
    emu.faults.add("throttle", count=1, retry_after=0.05, retry_after_format="fractional")
    emu.faults.add("throttle", count=1, retry_after=2.2, retry_after_format="http-date")
    emu.faults.add("throttle", count=1, retry_after=0)
    headers = []
    for _ in range(3):
        async with api.session.get(emu.url + "/api/v3/list-applications") as resp:
            headers.append(resp.headers["Retry-After"])
    assert headers[0] == "0.05"  # sub-second pauses only when asked for explicitly
    assert headers[2] == "0"
    from genauth_async._retry import parse_retry_after

    waited = parse_retry_after(headers[1])
    assert waited is not None and 2.0 <= waited <= 3.5  # now + 2.2 s, rounded up to a whole second
    assert email.utils.parsedate_to_datetime(headers[1]).tzinfo is not None


def test_retry_after_header_rounds_up() -> None:
    assert [retry_after_header(v) for v in (0, 0.01, 1, 1.2, 2.999, 30)] == ["0", "1", "1", "2", "3", "30"]
    assert retry_after_header(1.5, "fractional") == "1.5" and retry_after_header(2.0, "fractional") == "2"
    assert retry_after_header(1.2, "http-date", now=0) == "Thu, 01 Jan 1970 00:00:02 GMT"
    with pytest.raises(ValueError):
        retry_after_header(1, "minutes")
    with pytest.raises(ValueError):
        Fault(kind="throttle", retry_after_format="minutes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Fault(kind="throttle", retry_after=-1)


async def test_latency(api: Api, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer waits for the latency's sleep: the test holds the sleep and watches the order."""
    await api.headers()
    slept: list[float] = []
    sleeping, wake = asyncio.Event(), asyncio.Event()

    async def held_sleep(seconds: float) -> None:
        slept.append(seconds)
        sleeping.set()
        await wake.wait()

    monkeypatch.setattr(emulator_server, "_sleep", held_sleep)
    emu.faults.add("latency", latency=0.2, path="/api/v3/get-application-secret")
    call = asyncio.create_task(api.get("/api/v3/get-application-secret", {"appId": "x"}))
    await asyncio.wait_for(sleeping.wait(), 10)
    await asyncio.sleep(0.05)  # the answer would be back by now, were it not held
    assert slept == [0.2] and not call.done()
    wake.set()
    body = await asyncio.wait_for(call, 10)
    assert body["apiCode"] == 2011 and slept == [0.2]
    assert await api.get("/api/v3/get-application-secret", {"appId": "x"})  # wake is set: no hold now
    assert slept == [0.2, 0.2]  # the fault has no count: every matching request is delayed


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
    fractional = Fault.parse("throttle:retry_after=0.05,retry_after_format=fractional")
    assert (fractional.retry_after, fractional.retry_after_format) == (0.05, "fractional")
    assert Fault.parse("throttle").retry_after_format == "seconds"
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


def test_faults_from_command_line_flags() -> None:
    args = build_parser().parse_args([
        "serve", "--fault", "error:path=/api/v3/create-*,count=2,status=503", "--error-rate", "0.1",
        "--throttle-rate", "0.2", "--latency-ms", "250", "--drop-rate", "0.3", "--fault-seed", "42",
    ])
    plan = faults_from(args)
    summary = [(f.kind, f.rate, f.count, f.path) for f in plan.faults]
    assert summary == [
        ("error", None, 2, "/api/v3/create-*"),
        ("error", 0.1, None, None),
        ("throttle", 0.2, None, None),
        ("latency", 1.0, None, None),
        ("drop_after", 0.3, None, None),
    ]
    assert plan.faults[0].status_code == 503 and plan.faults[3].latency == 0.25
    # --fault-seed makes the coin flips reproducible: two plans from the same flags decide alike.
    again = faults_from(args)
    decide = [(d.fault.kind if d and d.fault else None) for d in (plan.decide("GET", "/x") for _ in range(100))]
    assert decide == [(d.fault.kind if d and d.fault else None) for d in (again.decide("GET", "/x") for _ in range(100))]
    assert len(set(decide)) > 2
    unseeded = faults_from(build_parser().parse_args(["serve", "--error-rate", "0.5"]))
    assert [(f.kind, f.rate) for f in unseeded.faults] == [("error", 0.5)]
    assert faults_from(build_parser().parse_args(["serve"])).faults == []
    with pytest.raises(ValueError):
        faults_from(build_parser().parse_args(["serve", "--fault", "explode"]))
