"""Bulk provisioning through the real HTTP stack against the emulator, with faults injected."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections import Counter, defaultdict
from typing import Any, cast

import pytest

from genauth_async import ManagementClient, bulk
from genauth_async._retry import RetryPolicy
from genauth_async.bulk import (
    APPLICATIONS,
    USERS,
    ProvisionSummary,
    SharedThrottle,
    provision,
    provision_applications,
    provision_users,
)
from genauth_async.errors import APIError, ConflictError, RateLimitError, ServerError
from genauth_async.testing import Emulator

CREATE = "/api/v3/create-application"
LIST = "/api/v3/list-applications"
CREATE_USER = "/api/v3/create-user"
GET_USER = "/api/v3/get-user"


def _sub_second() -> dict[str, Any]:
    """Throttle-fault options for a sub-second Retry-After, where the emulator needs asking for it
    (it sends whole seconds, rounded up, unless told otherwise)."""
    import attrs

    from genauth_async.testing import Fault

    return {"retry_after_format": "fractional"} if "retry_after_format" in attrs.fields_dict(Fault) else {}


def _specs(n: int, prefix: str = "bulk") -> list[dict[str, Any]]:
    return [{"appName": f"{prefix} {i}", "appIdentifier": f"{prefix}-{i}"} for i in range(n)]


async def _apps_on_server(client: ManagementClient) -> dict[str, list[str]]:
    """appIdentifier -> every appId the server lists under it (more than one would be a duplicate)."""
    seen: dict[str, list[str]] = defaultdict(list)
    async for app in client.iter_list_applications(limit=50):
        seen[app.app_identifier].append(app.app_id)
    return seen


async def test_ten_thousand_applications_with_faults_none_lost_none_doubled() -> None:
    items = 10_000
    async with Emulator() as emu:
        # 10% of creates fail: half a 5xx envelope, half a dropped connection, and of the drops half
        # happen after the server has created the application. Some creates are throttled (429).
        emu.faults.seed(1234)
        emu.faults.add("error", path=CREATE, rate=0.05)
        emu.faults.add("drop_before", path=CREATE, rate=0.025 / 0.95)
        emu.faults.add("drop_after", path=CREATE, rate=0.025 / (0.95 * (1 - 0.025 / 0.95)))
        emu.faults.add("throttle", path=CREATE, count=20, retry_after=0.05, **_sub_second())
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            summary = ProvisionSummary()
            started = time.perf_counter()
            results = [r async for r in provision_applications(client, _specs(items), concurrency=64,
                                                               summary=summary)]
            wall = time.perf_counter() - started
            stats = dict(emu.faults.stats)
            on_server = await _apps_on_server(client)
    expected = {f"bulk-{i}" for i in range(items)}
    lost = len(expected - set(on_server))
    duplicates = sum(len(ids) - 1 for ids in on_server.values())
    print(f"\nbulk fault test: items={items} faults={dict(sorted(stats.items()))} retries={summary.retries} "
          f"lookups={summary.lookups} throttled={summary.throttled} lost={lost} duplicates={duplicates} "
          f"wall={wall:.1f}s summary={summary.to_json()}")
    assert len(results) == items
    assert sorted(r.index for r in results) == list(range(items))
    assert Counter(r.status for r in results) == Counter({"created": items}), [
        r.to_json() for r in results if r.status != "created"][:3]
    assert lost == 0 and set(on_server) == expected  # none lost, nothing unexpected
    assert duplicates == 0  # none doubled
    assert {r.key for r in results} == expected
    wrong_ids = [(r.key, r.id, on_server[str(r.key)]) for r in results if [r.id] != on_server[str(r.key)]]
    assert not wrong_ids, wrong_ids[:3]  # each result names the application the server holds
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


async def test_shared_throttle_holds_every_waiter() -> None:
    """On an injected clock: every waiter sleeps until the pause's end, and a longer pause extends it."""
    now = [100.0]
    woke: list[float] = []

    async def sleep(seconds: float) -> None:
        await asyncio.sleep(0)
        now[0] = max(now[0], now[0] + seconds)

    throttle = SharedThrottle(clock=lambda: now[0], sleep=sleep)
    throttle.pause(0.2)
    throttle.pause(0.1)  # a shorter pause never shortens the current one

    async def waiter() -> None:
        await throttle.wait()
        woke.append(now[0])

    await asyncio.gather(*(waiter() for _ in range(10)))
    assert len(woke) == 10 and min(woke) >= 100.2
    throttle.pause(0)
    before = now[0]
    await throttle.wait()  # no pause left: returns without sleeping
    assert now[0] == before


class _ObservedThrottle(SharedThrottle):
    """The run's shared throttle, able to say whether a pause is in force (on its own clock).

    ``pause`` reads the clock exactly once, through ``_now``: ``until`` is the base class's own end
    of the pause, so ``paused()`` agrees with ``wait()`` and no timing margin is needed."""

    def __init__(self) -> None:
        self._last = 0.0
        super().__init__(clock=self._now)
        self.until = 0.0
        self.held = 0  # waits that found a pause in force

    def _now(self) -> float:
        self._last = time.monotonic()
        return self._last

    def pause(self, seconds: float) -> None:
        super().pause(seconds)
        self.until = max(self.until, self._last + max(0.0, seconds))

    def paused(self) -> bool:
        return self.until > self._now()

    async def wait(self, run: Any = None) -> None:
        if self.paused():
            self.held += 1
        await super().wait(run)


class _Watched:
    """APPLICATIONS, recording in order each create sent (and whether the run was paused) and each 429."""

    name = "applications"

    def __init__(self, throttles: list[_ObservedThrottle]) -> None:
        self.throttles = throttles
        self.events: list[tuple[str, bool]] = []  # ("sent", paused) / ("throttled", paused), in order
        self.retry_after: list[float | None] = []

    def paused(self) -> bool:
        return any(t.paused() for t in self.throttles)

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        return APPLICATIONS.prepare(item)

    async def create(self, client: Any, kwargs: dict[str, Any]) -> str | None:
        self.events.append(("sent", self.paused()))
        try:
            return await APPLICATIONS.create(client, kwargs)
        except RateLimitError as error:
            self.events.append(("throttled", self.paused()))
            self.retry_after.append(error.retry_after)
            raise

    async def lookup(self, client: Any, kwargs: dict[str, Any], key: str | None) -> str | None:
        return await APPLICATIONS.lookup(client, kwargs, key)

    def is_duplicate(self, error: APIError) -> bool:
        return APPLICATIONS.is_duplicate(error)


async def test_a_429_pauses_every_worker_together(monkeypatch: pytest.MonkeyPatch) -> None:
    """One 429 on the first create: no worker may start a create until its Retry-After has passed.

    A per-worker pause would let the other seven workers go on creating through the whole window.
    Checked by event order against the run's own throttle, never by timing: each create records
    whether the shared pause was in force when it was sent.
    """
    throttles: list[_ObservedThrottle] = []

    def observed_throttle() -> _ObservedThrottle:
        throttles.append(_ObservedThrottle())
        return throttles[-1]

    monkeypatch.setattr(bulk, "SharedThrottle", observed_throttle)
    asked = 0.5  # Retry-After, seconds
    emu = Emulator()
    kind = _Watched(throttles)
    arrived: list[bool] = []  # for each create reaching the server: was the run paused then?
    handle = emu._handle

    async def observed(request: Any) -> Any:
        if request.path == CREATE:
            arrived.append(kind.paused())
        return await handle(request)

    emu._handle = observed  # type: ignore[method-assign]  # make_app (on start) routes to it
    emu.faults.add("throttle", path=CREATE, count=1, retry_after=asked, **_sub_second())
    emu.faults.add("latency", path=CREATE, latency=0.02)  # so that creates overlap
    async with emu:
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            results = [r async for r in provision(client, kind, _specs(64, "slow"), concurrency=8)]
    assert Counter(r.status for r in results) == Counter({"created": 64})
    sent = [paused for event, paused in kind.events if event == "sent"]
    assert len(throttles) == 1  # one pause for the whole run
    names = [event for event, _ in kind.events]
    assert names.count("throttled") == 1 and len(sent) == 65 and len(arrived) == 65
    pause = kind.retry_after[0] or 0.0  # as the client read it off the wire
    assert 0.5 <= pause <= 1.0
    in_flight = names.index("throttled")  # creates sent before anyone heard of the 429
    assert in_flight <= 8
    assert sent.count(True) == 0, "a create was sent while the run was paused"
    assert throttles[0].held >= 1  # the pause really held a worker (the one that met the 429)
    # On the server's side: only creates already in flight may arrive during the pause.
    assert arrived.count(True) <= in_flight
    assert arrived.count(False) >= 64 - in_flight


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


class _Cheap:
    """A resource kind without HTTP: ids are made up, nothing is ever a duplicate."""

    name = "cheap"

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        return {"n": item}, None

    async def create(self, client: Any, kwargs: dict[str, Any]) -> str | None:
        return f"id-{kwargs['n']}"

    async def lookup(self, client: Any, kwargs: dict[str, Any], key: str | None) -> str | None:
        return None

    def is_duplicate(self, error: APIError) -> bool:
        return False


async def test_memory_stays_flat_from_ten_thousand_to_a_hundred_thousand_items() -> None:
    async def peak_of(n: int) -> int:
        summary = ProvisionSummary()
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        async for _ in provision(cast(Any, None), _Cheap(), iter(range(n)), concurrency=32, summary=summary):
            pass
        peak = tracemalloc.get_traced_memory()[1] - baseline
        assert summary.created == n
        return peak

    tracemalloc.start()
    try:
        await peak_of(1_000)  # warm up: first-use allocations are not the run's
        small = await peak_of(10_000)
        large = await peak_of(100_000)
    finally:
        tracemalloc.stop()
    print(f"\nbulk memory: peak {small / 1024:.0f} KiB at 10k items, {large / 1024:.0f} KiB at 100k")
    assert large <= 1.5 * small, (small, large)


def _fast_client(emu: Emulator) -> ManagementClient:
    """The client's own retries (2) without their half-second backoff."""
    return ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                            retry_policy=RetryPolicy(max_retries=2, base_delay=0.005))


async def test_a_conflict_on_another_field_fails_with_the_conflict() -> None:
    """username taken by someone else, email new: the lookup by email finds nobody; not 'existed'."""
    async with Emulator() as emu:
        other = emu.create_user(email="owner@example.com", username="taken", password="Secret-123")
        async with _fast_client(emu) as client:
            specs = [{"email": "new@example.com", "username": "taken"}, {"email": "fine@example.com"}]
            results = sorted([r async for r in provision_users(client, specs)], key=lambda r: r.index)
        users = list(emu.store.users)
    assert [r.status for r in results] == ["failed", "created"]
    assert results[0].id is None and isinstance(results[0].error, ConflictError)
    assert "username" in str(results[0].error) and results[0].attempts == 1
    assert sorted(u["email"] for u in users) == ["fine@example.com", "owner@example.com"]
    assert other["userId"] in {u["userId"] for u in users}


async def test_a_failed_lookup_after_a_lost_answer_is_one_more_attempt() -> None:
    """The created-but-unanswered item is looked up; that lookup fails (5xx after the client's own
    retries); the next one finds it: created once, reported created, and the run goes on."""
    async with Emulator() as emu:
        emu.faults.add("drop_after", path=CREATE, count=1)
        emu.faults.add("error", path=LIST, count=3)  # one lookup: the first try and the client's 2 retries
        async with _fast_client(emu) as client:
            summary = ProvisionSummary()
            results = sorted([r async for r in provision(client, APPLICATIONS, _specs(5, "lost"), concurrency=1,
                                                         summary=summary, backoff=0.01)],
                             key=lambda r: r.index)
            on_server = await _apps_on_server(client)
        stats = dict(emu.faults.stats)
    assert stats == {"drop_after": 1, "error": 3}
    assert [r.status for r in results] == ["created"] * 5
    assert results[0].recovered and results[0].attempts == 1  # the create was sent once
    assert summary.lookups == 2 and summary.retries == 0
    assert {key: len(ids) for key, ids in on_server.items()} == {f"lost-{i}": 1 for i in range(5)}
    assert [r.id for r in results] == [on_server[f"lost-{i}"][0] for i in range(5)]


async def test_a_failed_lookup_after_a_conflict_still_reports_existed() -> None:
    async with Emulator() as emu:
        before = emu.create_application(app_name="old", app_identifier="old-0")
        emu.faults.add("error", path=LIST, count=3)
        async with _fast_client(emu) as client:
            summary = ProvisionSummary()
            results = sorted([r async for r in provision(client, APPLICATIONS, _specs(3, "old"), concurrency=1,
                                                         summary=summary, backoff=0.01)],
                             key=lambda r: r.index)
            on_server = await _apps_on_server(client)
    assert [r.status for r in results] == ["existed", "created", "created"]
    assert results[0].id == before["appId"] and not results[0].recovered
    assert results[0].attempts == 1  # never sent again after the 409
    assert summary.lookups == 2
    assert {key: len(ids) for key, ids in on_server.items()} == {"old-0": 1, "old-1": 1, "old-2": 1}


async def test_lookups_that_keep_failing_end_in_unknown_without_a_second_create() -> None:
    """Every lookup fails: the unsure item and the conflicting item end ``unknown`` (they may exist,
    so ``failed`` would be a lie) with the lookup's error after max_attempts; neither is sent
    again, and the other items are still provisioned."""
    async with Emulator() as emu:
        emu.create_application(app_name="taken", app_identifier="stuck-1")
        emu.faults.add("drop_after", path=CREATE, count=1)  # stuck-0: created, answer lost
        emu.faults.add("error", path=LIST)  # every lookup, every time
        async with _fast_client(emu) as client:
            summary = ProvisionSummary()
            results = sorted([r async for r in provision(client, APPLICATIONS, _specs(6, "stuck"), concurrency=1,
                                                         summary=summary, max_attempts=3, backoff=0.01)],
                             key=lambda r: r.index)
        identifiers = Counter(app["appIdentifier"] for app in emu.store.applications)
    assert [r.status for r in results] == ["unknown", "unknown", "created", "created", "created", "created"]
    assert (summary.unknown, summary.failed) == (2, 0)
    for result in results[:2]:
        assert isinstance(result.error, ServerError) and result.attempts == 1 and result.id is None
    assert summary.lookups == 2 + 3  # stuck-0: its create and 2 lookups fail; stuck-1: 3 lookups fail
    assert identifiers == Counter({f"stuck-{i}": 1 for i in range(6)})


async def test_a_failed_user_lookup_is_retried_too() -> None:
    async with Emulator() as emu:
        emu.faults.add("drop_after", path=CREATE_USER, count=1)
        emu.faults.add("error", path=GET_USER, count=3)
        async with _fast_client(emu) as client:
            specs = [{"username": f"fl{i}", "password": "Secret-123"} for i in range(3)]
            results = [r async for r in provision(client, USERS, specs, concurrency=1, backoff=0.01)]
        users = Counter(u["username"] for u in emu.store.users)
    assert Counter(r.status for r in results) == Counter({"created": 3})
    assert users == Counter({"fl0": 1, "fl1": 1, "fl2": 1})


@pytest.mark.parametrize("field", ["username", "phone"])
async def test_users_are_keyed_by_username_or_phone_too(field: str) -> None:
    """Lost answers are found again by username (or phone); a second run finds every user existing."""

    def value(i: int) -> str:
        return f"name{i}" if field == "username" else f"1380000{i:04d}"

    specs = [{field: value(i), "password": "Secret-123"} for i in range(40)]
    async with Emulator() as emu:
        emu.faults.seed(11)
        emu.faults.add("drop_after", path=CREATE_USER, rate=0.3)
        emu.faults.add("error", path=CREATE_USER, rate=0.1)
        async with _fast_client(emu) as client:
            summary = ProvisionSummary()
            first = sorted([r async for r in provision_users(client, specs, concurrency=8, summary=summary)],
                           key=lambda r: r.index)
            stats = dict(emu.faults.stats)
            emu.faults.clear()
            again = sorted([r async for r in provision_users(client, specs, concurrency=8)], key=lambda r: r.index)
        on_server = {u[field]: u["userId"] for u in emu.store.users}
        count = len(emu.store.users)
    assert stats.get("drop_after", 0) > 5 and summary.lookups > 5
    assert count == 40  # none doubled
    assert [r.status for r in first] == ["created"] * 40
    assert sum(r.recovered for r in first) >= stats["drop_after"]  # found by lookup, not created again
    assert [r.status for r in again] == ["existed"] * 40
    for results in (first, again):
        assert [r.key for r in results] == [value(i) for i in range(40)]
        assert [r.id for r in results] == [on_server[value(i)] for i in range(40)]
