"""Issue 19 point 2: a query list parameter takes a sequence or a string; a string is sent as given,
one value, as the official SDK does (code passing ``"id1,id2"`` keeps working). Body lists stay strict."""

from __future__ import annotations

from typing import Any

import pytest
from _specdata import ENDPOINTS, answer, argument, expected_request

import genauth_async
import genauth_sync
from genauth_async.errors import ValidationError
from tests.support.fake_server import FakeServer

QUERY_LISTS = [
    (ep, p["name"])
    for ep in ENDPOINTS
    for p in ep["params"]
    if p["location"] == "query" and p["type"]["kind"] == "list"
]
IDS = [f"{ep['client']}.{ep['name']}.{name}" for ep, name in QUERY_LISTS]
ISSUE_METHODS = {
    "get_user_batch", "get_access_key_list", "delete_auth", "get_authorized_resources", "get_namespaces_batch",
    "get_organizations_batch", "get_permission_namespaces_batch", "get_public_account_batch",
    "get_resources_batch", "list_data_policy_targets", "list_data_resources", "list_role_assignments",
}


def test_the_issue_methods_are_covered() -> None:
    assert ISSUE_METHODS <= {ep["name"] for ep, _ in QUERY_LISTS}


def _kw(name: str) -> str:
    return name + "_" if name in ("from", "global") else name


@pytest.mark.parametrize(("ep", "name"), QUERY_LISTS, ids=IDS)
async def test_string_is_sent_as_given(server: FakeServer, ep: dict[str, Any], name: str) -> None:
    args = {p["name"]: argument(p) for p in ep["params"]}
    path, query, _ = expected_request(ep, args)
    wire = next(p["wire"] for p in ep["params"] if p["name"] == name)
    args[name] = "id1,id2"
    want = sorted([kv for kv in query if kv[0] != wire] + [(wire, "id1,id2")])
    server.set(ep["method"], path, answer(ep), raw=ep.get("envelope") is False)
    server.clear()
    assert ep["client"] == "management"
    async with genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0) as client:
        await getattr(client, ep["name"])(**{_kw(k): v for k, v in args.items()})
    assert sorted(server.take(ep["method"], path).query) == want


def test_sync_string_and_tuple(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-user-batch", [])
    with genauth_sync.ManagementClient("ak", "sk", host=server.url, max_retries=0) as c:
        c.get_user_batch("u1,u2")
        assert server.take("GET", "/api/v3/get-user-batch").query == [("userIds", "u1,u2")]
        c.get_user_batch(("u1", "u2"))
        assert server.take("GET", "/api/v3/get-user-batch").query == [("userIds", "u1"), ("userIds", "u2")]


async def test_body_list_still_refuses_a_string(server: FakeServer) -> None:
    async with genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0) as c:
        with pytest.raises(ValidationError, match="row_ids"):
            await c.get_row_batch("r1,r2", "m1")
    assert server.api_requests == []
