"""Every engine family keeps real state, through both genauth_async and the official genauth SDK:
two creates give distinct ids, get shows what was created, list holds it, an update shows, a
delete makes the next get a not-found, and a duplicate client-chosen key is a conflict.

The families are data (``_family_scenarios.SCENARIOS``): adding a family is one row there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from genauth_async import ManagementClient, to_wire
from genauth_async.errors import APIError
from genauth_async.testing import Emulator, EmulatorThread
from genauth_async.testing import spec as spec_mod
from genauth_async.testing.stateful.plan import plans

from ._family_scenarios import SCENARIOS, Scenario

_PLACEHOLDER = re.compile(r"^\{(\w+)\}$")
_TOKENS = itertools.count(1)


class AsyncDriver:
    """genauth_async: answers become wire dicts, API errors become their statusCode."""

    name = "genauth_async"

    def __init__(self, client: ManagementClient) -> None:
        self.client = client

    def supports(self, method: str) -> bool:
        return hasattr(self.client, method)

    async def call(self, method: str, kwargs: dict[str, Any]) -> tuple[int, Any]:
        try:
            result = await getattr(self.client, method)(**kwargs)
        except APIError as exc:
            return exc.status_code, None
        return 200, to_wire(result)


#: The envelope key of each management method's answer: "data", but "list" for list_model.
_DATA_KEYS = {e["name"]: e.get("data_key", "data") for e in spec_mod.load()["endpoints"] if e["client"] == "management"}


class OfficialDriver:
    """The official (sync) genauth 5.1.0 SDK: it returns the envelope as a dict."""

    name = "genauth"

    def __init__(self, url: str, ak: str, sk: str) -> None:
        genauth = pytest.importorskip("genauth")
        self.client = genauth.ManagementClient(ak, sk, host=url)

    def supports(self, method: str) -> bool:
        return hasattr(self.client, method)

    async def call(self, method: str, kwargs: dict[str, Any]) -> tuple[int, Any]:
        body = getattr(self.client, method)(**kwargs)
        return int(body["statusCode"]), body.get(_DATA_KEYS.get(method, "data"))


@pytest.fixture
def server() -> Iterator[EmulatorThread]:
    handle = Emulator.start_in_thread(access_key_id="ak-fam", access_key_secret="sk-fam")
    yield handle
    handle.stop()


@pytest_asyncio.fixture(params=["genauth_async", "genauth"])
async def driver(request: pytest.FixtureRequest, server: EmulatorThread) -> AsyncIterator[Any]:
    if request.param == "genauth":
        yield OfficialDriver(server.url, "ak-fam", "sk-fam")
        return
    async with ManagementClient("ak-fam", "sk-fam", host=server.url, max_retries=0) as client:
        yield AsyncDriver(client)


def fill(value: Any, ctx: dict[str, Any]) -> Any:
    if isinstance(value, str):
        whole = _PLACEHOLDER.match(value)
        return ctx[whole.group(1)] if whole else value.format_map(ctx)
    if isinstance(value, list):
        return [fill(v, ctx) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, ctx) for k, v in value.items()}
    return value


def dig(value: Any, path: str) -> Any:
    for part in path.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def items_of(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        return list(data["list"])
    # A list of pages (list-invitation-policy-user-attributions) or of items.
    return [i for page in data for i in (page["list"] if "list" in page else [page])]


async def ok(driver: Any, call: tuple[str, dict[str, Any]], ctx: dict[str, Any]) -> Any:
    status, data = await driver.call(call[0], fill(call[1], ctx))
    assert status == 200, (call[0], status)
    return data


async def listed(driver: Any, sc: Scenario, ctx: dict[str, Any]) -> list[dict[str, Any]]:
    assert sc.list is not None
    return items_of(await ok(driver, sc.list, ctx))


def key_of(sc: Scenario) -> str:
    if sc.list_key:
        return sc.list_key
    return sc.id.rsplit(".", 1)[-1]


async def find_listed(driver: Any, sc: Scenario, ctx: dict[str, Any]) -> dict[str, Any] | None:
    return next((i for i in await listed(driver, sc, ctx) if i.get(key_of(sc)) == ctx["id"]), None)


async def created_id(driver: Any, sc: Scenario, data: Any, kwargs: dict[str, Any], ctx: dict[str, Any]) -> Any:
    if sc.id.startswith("kw:"):
        return kwargs[sc.id[3:]]
    if sc.id.startswith("find:"):
        field, _, arg = sc.id[5:].partition("=")
        wanted = dig(kwargs, arg)
        match = [i for i in await listed(driver, sc, ctx) if i.get(field) == wanted]
        assert len(match) == 1, (field, wanted)
        return match[0]["id"]
    return dig(data, sc.id)


def check(view: Any, expected: dict[str, Any], ctx: dict[str, Any]) -> None:
    assert expected, "a scenario must say what the answer shows"
    for path, value in expected.items():
        assert dig(view, path) == fill(value, ctx), (path, view)


async def view_of(driver: Any, sc: Scenario, ctx: dict[str, Any]) -> Any:
    """What a reader sees of the item: the get answer, or its entry in the list."""
    if sc.get is not None:
        return await ok(driver, sc.get, ctx)
    item = await find_listed(driver, sc, ctx)
    assert item is not None
    return item


def _plan_of(sc: Scenario) -> Any:
    return next(p for p in plans() if p.family.name == sc.family)


@pytest.mark.parametrize("sc", SCENARIOS, ids=[f"{s.family}:{s.create[0]}" for s in SCENARIOS])
async def test_family_keeps_state(driver: Any, sc: Scenario) -> None:
    calls = [c for c in (sc.create, sc.list, sc.get, sc.update, sc.delete) if c] + [s[:2] for s in sc.setup]
    missing = [c[0] for c in calls if not driver.supports(c[0])]
    if missing:
        pytest.skip(f"{driver.name} has no {', '.join(missing)}")
    async def set_up() -> dict[str, Any]:
        base: dict[str, Any] = {}
        for method, kwargs, save, field in sc.setup:
            base["u"] = f"s{next(_TOKENS)}"
            base[save] = dig(await ok(driver, (method, kwargs), base), field)
        return base

    shared = await set_up()
    made: list[dict[str, Any]] = []
    for _ in range(2):
        n = next(_TOKENS)
        base = await set_up() if sc.setup_each else shared
        ctx = {**base, "u": f"t{n}", "n": n}
        kwargs = fill(sc.create[1], ctx)
        data = await ok(driver, (sc.create[0], kwargs), ctx)
        ctx["id"] = await created_id(driver, sc, data, kwargs, ctx)
        made.append(ctx)
    first, second = made
    assert first["id"] != second["id"]

    plan = _plan_of(sc)
    if plan.client_key and not plan.family.upsert:
        status, _ = await driver.call(sc.create[0], fill(sc.create[1], first))
        assert status == 409

    check(await view_of(driver, sc, first), sc.shows, first)
    if sc.list is not None:
        assert await find_listed(driver, sc, first) is not None
        assert await find_listed(driver, sc, second) is not None

    if sc.update is not None:
        await ok(driver, sc.update, first)
        check(await view_of(driver, sc, first), sc.changed, first)

    if sc.delete is not None and sc.official_literal_path and driver.name == "genauth":
        assert (await driver.call(sc.delete[0], fill(sc.delete[1], first)))[0] == 404
        assert await find_listed(driver, sc, first) is not None
    elif sc.delete is not None:
        await ok(driver, sc.delete, first)
        if sc.get is not None:
            status, _ = await driver.call(sc.get[0], fill(sc.get[1], first))
            assert status == 404
            assert (await driver.call(sc.get[0], fill(sc.get[1], second)))[0] == 200
        if sc.list is not None:
            assert await find_listed(driver, sc, first) is None
            assert await find_listed(driver, sc, second) is not None
        status, _ = await driver.call(sc.delete[0], fill(sc.delete[1], first))
        assert status == 404  # deleting what is gone is a not-found, not a silent success
