"""(g) iter_<name>() walks every page, one page at a time (async and sync)."""

from __future__ import annotations

from typing import Any

import pytest
from _specdata import sample

import genauth_async
import genauth_sync
from tests.support.fake_server import FakeServer, Recorded

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


async def test_async_query_pagination(server: FakeServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        ids = [app.app_id async for app in client.iter_list_applications(limit=5, keywords="k")]
    assert ids == [f"app-{i}" for i in range(TOTAL)]
    pages = [dict(r.query)["page"] for r in server.api_requests if r.path == "/api/v3/list-applications"]
    assert pages == ["1", "2", "3", "4", "5"]
    assert all(dict(r.query)["keywords"] == "k" for r in server.api_requests)


async def test_async_pagination_is_lazy(server: FakeServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        it = client.iter_list_applications(limit=10)
        first = await it.__anext__()
        assert first.app_id == "app-0"
        assert len(server.api_requests) == 1  # only the first page was fetched


async def test_async_options_pagination(server: FakeServer) -> None:
    server.set("POST", "/api/v3/list-users", _body_pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        users = [
            u async for u in client.iter_list_users(options={"pagination": {"limit": 10}, "withPost": True})
        ]
    assert [u.user_id for u in users] == [f"u{i}" for i in range(TOTAL)]
    bodies = [r.json() for r in server.api_requests]
    assert [b["options"]["pagination"]["page"] for b in bodies] == [1, 2, 3]
    assert all(b["options"]["withPost"] is True for b in bodies)


def test_sync_pagination(server: FakeServer) -> None:
    server.set("GET", "/api/v3/list-applications", _pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        it = client.iter_list_applications(limit=7)
        assert iter(it) is it
        ids = [app.app_id for app in it]
    assert ids == [f"app-{i}" for i in range(TOTAL)]
    assert len(server.api_requests) == 4


def test_sync_pagination_stops_on_short_page_without_total(server: FakeServer) -> None:
    def pages(req: Recorded) -> Any:
        page = int(dict(req.query)["page"])
        return {"list": [_app(i) for i in range(3 if page < 3 else 1)]}

    server.set("GET", "/api/v3/list-application-simple-info", pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        items = list(client.iter_list_application_simple_info())
    assert len(items) == 7


# -- stop at totalCount (a full last page must not cost one more request) ------------------------

FULL = 20  # two full pages of 10: only totalCount tells the pager to stop after the second


def _auth_item(i: int) -> dict[str, Any]:
    return {**sample({"kind": "model", "name": "ListApplicationAuthDataDto"}, full=True), "id": f"auth-{i}"}


def _body_page_pages(req: Recorded) -> Any:
    body = req.json()
    page, limit = body["page"], body.get("limit", 10)
    assert body["appId"] == "app-1"
    return {"list": [_auth_item(i) for i in range((page - 1) * limit, min(page * limit, FULL))],
            "totalCount": FULL}


def _full_query_pages(req: Recorded) -> Any:
    q = dict(req.query)
    page, limit = int(q["page"]), int(q["limit"])
    return {"list": [_app(i) for i in range((page - 1) * limit, min(page * limit, FULL))], "totalCount": FULL}


def _requests(server: FakeServer, path: str) -> list[Recorded]:
    return [r for r in server.api_requests if r.path == path]


async def test_async_body_pagination_stops_at_total(server: FakeServer) -> None:
    server.set("POST", "/api/v3/list-applications-auth", _body_page_pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        items = [x async for x in client.iter_list_auth_application("app-1", limit=10)]
    assert [x.id for x in items] == [f"auth-{i}" for i in range(FULL)]
    reqs = _requests(server, "/api/v3/list-applications-auth")
    assert [r.json()["page"] for r in reqs] == [1, 2]  # exactly 2 requests: no third, empty page


def test_sync_body_pagination_stops_at_total(server: FakeServer) -> None:
    server.set("POST", "/api/v3/list-applications-auth", _body_page_pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        items = list(client.iter_list_auth_application("app-1", limit=10))
    assert len(items) == FULL
    assert len(_requests(server, "/api/v3/list-applications-auth")) == 2


async def test_async_query_pagination_stops_at_total(server: FakeServer) -> None:
    server.set("GET", "/api/v3/list-applications", _full_query_pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        ids = [app.app_id async for app in client.iter_list_applications(limit=10)]
    assert ids == [f"app-{i}" for i in range(FULL)]
    assert [dict(r.query)["page"] for r in _requests(server, "/api/v3/list-applications")] == ["1", "2"]


# -- the styles added with the five endpoints that had no iterator --------------------------------


def _audit_item(i: int) -> dict[str, Any]:
    return {**sample({"kind": "model", "name": "AdminAuditLogDto"}), "requestId": f"req-{i}"}


def _object_pages(req: Recorded) -> Any:
    body = req.json()
    pag = body["pagination"]  # {page, limit} in the top-level ``pagination`` parameter
    page, limit = pag["page"], pag.get("limit", 10)
    assert body["userId"] == "u1" and "page" not in body
    return {"list": [_audit_item(i) for i in range((page - 1) * limit, min(page * limit, TOTAL))],
            "totalCount": TOTAL}


async def test_async_object_style_pagination(server: FakeServer) -> None:
    server.set("POST", "/api/v3/get-admin-audit-logs", _object_pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        logs = [x async for x in client.iter_get_admin_audit_logs(user_id="u1", pagination={"limit": 10})]
    assert [x.request_id for x in logs] == [f"req-{i}" for i in range(TOTAL)]
    bodies = [r.json() for r in _requests(server, "/api/v3/get-admin-audit-logs")]
    assert [b["pagination"] for b in bodies] == [{"page": p, "limit": 10} for p in (1, 2, 3)]


def test_sync_object_style_pagination_with_model_argument(server: FakeServer) -> None:
    def pages(req: Recorded) -> Any:
        body = req.json()
        page, limit = body["pagination"]["page"], body["pagination"]["limit"]
        items = [{**sample({"kind": "model", "name": "UserActionLogDto"}), "requestId": f"r{i}"}
                 for i in range((page - 1) * limit, min(page * limit, TOTAL))]
        return {"list": items, "totalCount": TOTAL}

    server.set("POST", "/api/v3/get-user-action-logs", pages)
    server.clear()
    from genauth_async.models import ListWebhooksDto

    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        logs = list(client.iter_get_user_action_logs(app_id="a", pagination=ListWebhooksDto(limit=5)))
    assert len(logs) == TOTAL
    assert len(_requests(server, "/api/v3/get-user-action-logs")) == 5


async def test_async_items_under_data(server: FakeServer) -> None:
    def pages(req: Recorded) -> Any:
        q = dict(req.query)
        page, limit = int(q["page"]), int(q["limit"])
        items = [{**sample({"kind": "model", "name": "RolePermissionListDto"}), "roleId": f"role-{i}"}
                 for i in range((page - 1) * limit, min(page * limit, FULL))]
        return {"data": items, "totalCount": FULL}

    server.set("GET", "/api/v3/list-role-assignments", pages)
    server.clear()
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        roles = [r async for r in client.iter_list_role_assignments("admin", limit=10)]
    assert [r.role_id for r in roles] == [f"role-{i}" for i in range(FULL)]
    reqs = _requests(server, "/api/v3/list-role-assignments")
    assert [dict(r.query)["page"] for r in reqs] == ["1", "2"]
    assert all(dict(r.query)["roleCode"] == "admin" for r in reqs)


def test_sync_items_typed_any(server: FakeServer) -> None:
    def pages(req: Recorded) -> Any:
        q = dict(req.query)
        page, limit = int(q["page"]), int(q["limit"])
        return {"list": [{"n": i} for i in range((page - 1) * limit, min(page * limit, TOTAL))],
                "totalCount": TOTAL}

    server.set("GET", "/api/v3/get-ldap-server-log", pages)
    server.set("GET", "/api/v3/get-ldap-sub-entries", pages)
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        logs = list(client.iter_query_ldap_log(1, limit=10))
        entries = list(client.iter_query_ldap_sub_entries(limit=4, dn="dc=x"))
    assert logs == [{"n": i} for i in range(TOTAL)] and entries == logs
    assert [dict(r.query)["page"] for r in _requests(server, "/api/v3/get-ldap-server-log")] == ["1", "2", "3"]
    assert len(_requests(server, "/api/v3/get-ldap-sub-entries")) == 6


async def test_async_items_typed_any_must_be_a_list(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-ldap-sub-entries", {"list": {"not": "a list"}, "totalCount": 1})
    async with genauth_async.ManagementClient("ak", "sk", host=server.url) as client:
        with pytest.raises(genauth_async.ResponseFormatError, match="not a list"):
            [x async for x in client.iter_query_ldap_sub_entries(limit=10)]


def test_every_paginated_endpoint_has_an_iterator() -> None:
    from _specdata import ENDPOINTS

    for ep in ENDPOINTS:
        name = "iter_" + ep["name"]
        cls = genauth_async.ManagementClient if ep["client"] == "management" else genauth_async.AuthenticationClient
        scls = genauth_sync.ManagementClient if ep["client"] == "management" else genauth_sync.AuthenticationClient
        assert hasattr(cls, name) == hasattr(scls, name) == bool(ep["pagination"]), name
