"""Issue 19 point 6: parameters the API treats as optional are optional in our signatures.

The official Python SDK requires them; they keep their position (default None) so positional calls
stay drop-in, and omitting them sends nothing for them."""

from __future__ import annotations

import inspect

import pytest

import genauth_async
import genauth_sync
from tests.support.fake_server import FakeServer

CASES = [
    ("get_row", "show_field_id", ["model_id", "row_id", "show_field_id"]),
    ("get_row_by_value", "show_field_id", ["model_id", "key", "value", "show_field_id"]),
    ("delete_tenant_admin", "tenant_id", ["tenant_id", "link_user_id", "member_id"]),
]


@pytest.mark.parametrize("cls", [genauth_async.ManagementClient, genauth_sync.ManagementClient])
@pytest.mark.parametrize(("method", "name", "order"), CASES)
def test_signature_optional_in_place(cls: type, method: str, name: str, order: list[str]) -> None:
    params = inspect.signature(getattr(cls, method)).parameters
    positional = [p for p in params if p not in ("self", "call_options")]
    assert positional == order
    p = params[name]
    assert p.default is None
    assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


async def test_get_row_without_show_field_id(server: FakeServer) -> None:
    server.set("GET", "/api/v3/metadata/get-row", {})
    async with genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0) as c:
        await c.get_row("m1", "r1")
        assert sorted(server.take("GET", "/api/v3/metadata/get-row").query) == [
            ("modelId", "m1"), ("rowId", "r1")]
        await c.get_row("m1", "r1", "true")
        assert ("showFieldId", "true") in server.take("GET", "/api/v3/metadata/get-row").query


async def test_get_row_by_value_without_show_field_id(server: FakeServer) -> None:
    server.set("GET", "/api/v3/metadata/get-row-by-value", {})
    async with genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0) as c:
        await c.get_row_by_value("m1", "k", "v")
        assert sorted(server.take("GET", "/api/v3/metadata/get-row-by-value").query) == [
            ("key", "k"), ("modelId", "m1"), ("value", "v")]


def test_delete_tenant_admin_without_tenant_id(server: FakeServer) -> None:
    server.set("POST", "/api/v3/delete-tenant-admin", None)
    with genauth_sync.ManagementClient("ak", "sk", host=server.url, max_retries=0) as c:
        c.delete_tenant_admin(member_id="mem1")
        assert server.take("POST", "/api/v3/delete-tenant-admin").json() == {"memberId": "mem1"}
