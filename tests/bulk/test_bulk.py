"""Bulk provisioning through the real HTTP stack against the emulator, with faults injected."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest

from genauth_async import ManagementClient
from genauth_async.bulk import ProvisionSummary, SharedThrottle, provision_applications, provision_users
from genauth_async.testing import Emulator

CREATE = "/api/v3/create-application"


def _specs(n: int, prefix: str = "bulk") -> list[dict[str, Any]]:
    return [{"appName": f"{prefix} {i}", "appIdentifier": f"{prefix}-{i}"} for i in range(n)]


async def _apps_on_server(client: ManagementClient) -> Counter[str]:
    seen: Counter[str] = Counter()
    async for app in client.iter_list_applications(limit=50):
        seen[app.app_identifier] += 1
    return seen


async def test_ten_thousand_applications_with_faults_none_lost_none_doubled() -> None:
    async with Emulator() as emu:
        # 10% of creates fail: half a 5xx envelope, half a dropped connection, and of the drops half
        # happen after the server has created the application. Some creates are throttled (429).
        emu.faults.seed(1234)
        emu.faults.add("error", path=CREATE, rate=0.05)
        emu.faults.add("drop_before", path=CREATE, rate=0.025 / 0.95)
        emu.faults.add("drop_after", path=CREATE, rate=0.025 / (0.95 * (1 - 0.025 / 0.95)))
        emu.faults.add("throttle", path=CREATE, count=20, retry_after=0.05)
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            summary = ProvisionSummary()
            started = time.perf_counter()
            results = [r async for r in provision_applications(client, _specs(10_000), concurrency=64,
                                                               summary=summary)]
            wall = time.perf_counter() - started
            stats = dict(emu.faults.stats)
            on_server = await _apps_on_server(client)
    print(f"\nbulk fault test: {summary.to_json()} faults={stats} wall={wall:.1f}s")
    assert len(results) == 10_000
    assert sorted(r.index for r in results) == list(range(10_000))
    assert Counter(r.status for r in results) == Counter({"created": 10_000}), [
        r.to_json() for r in results if r.status != "created"][:3]
    expected = {f"bulk-{i}" for i in range(10_000)}
    assert set(on_server) == expected  # none lost
    assert max(on_server.values()) == 1  # none doubled
    assert {r.key for r in results} == expected and all(r.id for r in results)
    assert stats.get("drop_after", 0) > 50 and stats.get("drop_before", 0) > 50 and stats.get("error", 0) > 200
    assert stats.get("throttle", 0) == 20 and summary.throttled == 20
    assert summary.lookups > 0 and summary.retries > 0


async def test_existing_items_are_reported_as_existed_and_bad_items_fail_alone() -> None:
    async with Emulator() as emu:
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            await client.create_application(app_name="already", app_identifier="dup-1")
            items: list[Any] = [
                {"app_name": "new", "app_identifier": "dup-0"},  # Python names are accepted too
                {"appName": "again", "appIdentifier": "dup-1"},
                {"appName": "no identifier"},
                {"appName": "x", "appIdentifier": "y", "notAField": 1},
                "not a mapping",
            ]
            results = sorted([r async for r in provision_applications(client, items)], key=lambda r: r.index)
    assert [r.status for r in results] == ["created", "existed", "failed", "failed", "failed"]
    assert results[1].id and results[0].id != results[1].id
    assert "appIdentifier" in str(results[2].error)
    assert "notAField" in str(results[3].error)
    assert results[2].attempts == 0  # rejected before any request


async def test_a_429_pauses_every_worker_together() -> None:
    throttle = SharedThrottle()
    throttle.pause(0.2)
    started = time.monotonic()
    await asyncio.gather(*(throttle.wait() for _ in range(10)))
    assert 0.18 <= time.monotonic() - started < 1.0

    async with Emulator() as emu:
        emu.faults.add("throttle", path=CREATE, count=1, retry_after=0.5)
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            started = time.monotonic()
            results = [r async for r in provision_applications(client, _specs(8, "slow"), concurrency=8)]
            elapsed = time.monotonic() - started
    assert all(r.status == "created" for r in results)
    assert elapsed >= 0.45  # the one 429 held back the retry until Retry-After had passed


async def test_streaming_consumes_input_lazily() -> None:
    pulled = 0

    def endless() -> Any:
        nonlocal pulled
        i = 0
        while True:
            pulled += 1
            yield {"appName": f"lazy {i}", "appIdentifier": f"lazy-{i}"}
            i += 1

    async with Emulator() as emu:
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            got = 0
            async for _ in provision_applications(client, endless(), concurrency=4):
                got += 1
                if got == 20:
                    break
    assert pulled <= 20 + 4 + 8 + 1  # in flight plus the bounded result queue, never the whole input


async def test_users_are_keyed_by_email_and_never_duplicated() -> None:
    async with Emulator() as emu:
        emu.faults.seed(7)
        emu.faults.add("drop_after", path="/api/v3/create-user", rate=0.3)
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            specs = [{"email": f"u{i}@example.com", "name": f"U {i}", "password": "Secret-123"} for i in range(60)]
            results = [r async for r in provision_users(client, specs, concurrency=8)]
            listed = await client.list_users(options={"pagination": {"page": 1, "limit": 50}})
            total = listed.total_count
    assert Counter(r.status for r in results) == Counter({"created": 60})
    assert total == 60


@pytest.mark.parametrize("concurrency", [0, -1])
async def test_bad_concurrency_is_rejected(concurrency: int) -> None:
    from genauth_async.errors import ValidationError

    async with Emulator() as emu:
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            with pytest.raises(ValidationError):
                async for _ in provision_applications(client, [], concurrency=concurrency):
                    pass


def test_sync_facade_provisions_through_the_same_engine() -> None:
    import genauth_sync
    from genauth_sync.bulk import provision_applications as provision_sync

    with Emulator.start_in_thread() as emu:
        emu.faults.seed(3)
        emu.faults.add("drop_after", path=CREATE, rate=0.2)
        with genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            client.create_application(app_name="pre", app_identifier="sync-0")
            summary = ProvisionSummary()
            seen: list[str] = []
            results = list(provision_sync(client, _specs(200, "sync"), concurrency=16, summary=summary,
                                          on_progress=lambda r, s: seen.append(r.status)))
            total = client.list_applications(limit=1).total_count
    assert Counter(r.status for r in results) == Counter({"created": 199, "existed": 1})
    assert len(seen) == 200 and summary.total == 200
    assert total == 200
