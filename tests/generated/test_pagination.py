"""(g) iter_<name>() walks every page, one page at a time (async and sync)."""

from __future__ import annotations

from typing import Any

from _server import Recorded, RecordingServer
from _specdata import sample

import genauth_async
import genauth_sync

TOTAL = 23


def _app(i: int) -> dict[str, Any]:
    return {**sample({"kind": "model", "name": "ApplicationDto"}), "appId": f"app-{i}"}


def _pages(req: Recorded) -> Any:
    q = dict(req.query)
    page, limit = int(q.get("page", 1)), int(q.get("limit", 10))
    items = [_app(i) for i in range((page - 1) * limit, min(page * limit, TOTAL))]
    return {"list": items, "totalCount": TOTAL}


def _body_pages(req: Recorded) -> Any:
    body = req.json()
    pag = body["options"]["pagination"]
    page, limit = pag["page"], pag.get("limit", 10)
    items = [
        {**sample({"kind": "model", "name": "UserDto"}), "userId": f"u{i}"}
        for i in range((page - 1) * limit, min(page * limit, TOTAL))
    ]
    return {"list": items, "totalCount": TOTAL}


async def test_async_query_pagination(server: RecordingServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        ids = [app.app_id async for app in client.iter_list_applications(limit=5, keywords="k")]
    assert ids == [f"app-{i}" for i in range(TOTAL)]
    pages = [dict(r.query)["page"] for r in server.requests if r.path == "/api/v3/list-applications"]
    assert pages == ["1", "2", "3", "4", "5"]
    assert all(dict(r.query)["keywords"] == "k" for r in server.requests)


async def test_async_pagination_is_lazy(server: RecordingServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        it = client.iter_list_applications(limit=10)
        first = await it.__anext__()
        assert first.app_id == "app-0"
        assert len(server.requests) == 1  # only the first page was fetched


async def test_async_options_pagination(server: RecordingServer) -> None:
    server.set("POST", "/api/v3/list-users", _body_pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        users = [
            u async for u in client.iter_list_users(options={"pagination": {"limit": 10}, "withPost": True})
        ]
    assert [u.user_id for u in users] == [f"u{i}" for i in range(TOTAL)]
    bodies = [r.json() for r in server.requests]
    assert [b["options"]["pagination"]["page"] for b in bodies] == [1, 2, 3]
    assert all(b["options"]["withPost"] is True for b in bodies)


def test_sync_pagination(server: RecordingServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        it = client.iter_list_applications(limit=7)
        assert iter(it) is it
        ids = [app.app_id for app in it]
    assert ids == [f"app-{i}" for i in range(TOTAL)]
    assert len(server.requests) == 4


def test_sync_pagination_stops_on_short_page_without_total(server: RecordingServer) -> None:
    def pages(req: Recorded) -> Any:
        page = int(dict(req.query)["page"])
        return {"list": [_app(i) for i in range(3 if page < 3 else 1)]}

    server.set("GET", "/api/v3/list-application-simple-info", pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        items = list(client.iter_list_application_simple_info())
    assert len(items) == 7
