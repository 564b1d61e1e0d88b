"""Issue 19 point 1: the fields only the Node SDK sends, on the methods that keep the official
Python signature.

For a sample of every family the issue names, the new keyword-only parameter goes on the wire
under Node's name and in Node's place (query or JSON body), is left out when not given, and a
call with the official positional arity still sends exactly the official request. The last tests
check every such parameter of the spec is keyword-only on all four client classes (typed and
compat, async and sync)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from _specdata import ENDPOINTS, answer

import genauth_async
import genauth_async.compat as async_compat
import genauth_sync
import genauth_sync.compat as sync_compat
from tests.support.fake_server import FakeServer

BY_NAME = {(ep["client"], ep["name"]): ep for ep in ENDPOINTS}


def _serve(server: FakeServer, client: str, name: str) -> dict[str, Any]:
    ep = BY_NAME[(client, name)]
    server.set(ep["method"], ep["path"], answer(ep), raw=ep.get("envelope") is False)
    server.clear()
    return ep


def _management(server: FakeServer) -> genauth_async.ManagementClient:
    return genauth_async.ManagementClient("ak", "sk", host=server.url, max_retries=0)


def _authentication(server: FakeServer) -> genauth_async.AuthenticationClient:
    return genauth_async.AuthenticationClient("app1", server.url, app_secret="sec", access_token="tok", max_retries=0)


# (method, official positional arguments, the Node field as a keyword, where it must land)
QUERY_CASES = [
    ("get_user", ("u1", "user_id", False, True, False, True), {"with_department_ids": True},
     ("withDepartmentIds", "true")),
    ("get_user_batch", (["u1", "u2"],), {"with_department_ids": False}, ("withDepartmentIds", "false")),
    ("list_group_members", ("g1", 1, 10), {"flat_custom_data": True}, ("flatCustomData", "true")),
    ("list_role_members", ("r1",), {"with_department_ids": True}, ("withDepartmentIds", "true")),
    ("get_public_account", ("u1",), {"with_department_ids": True}, ("withDepartmentIds", "true")),
    ("list_operate", ("m1", "kw", 2, 5), {"field_id": "f9"}, ("fieldId", "f9")),
    ("list_field", ("m1",), {"from_": "relation"}, ("from", "relation")),
]

BODY_CASES = [
    ("create_user", (), {"department_ids": ["d1", "d2"]}, ("departmentIds", ["d1", "d2"])),
    ("create_public_account", (), {"department_ids": ["d1"]}, ("departmentIds", ["d1"])),
    ("update_user", ("u1",), {"metadata": {"tier": "gold"}}, ("metadata", {"tier": "gold"})),
    ("update_role", ("Admin", "admin2", "admin"), {"enable_permission_apply": True},
     ("enablePermissionApply", True)),
    ("create_webhook", ("application/json", ["user:created"], "https://h.example/x", "hook"),
     {"retry_config": {"enabled": True, "count": 3}}, ("retryConfig", {"enabled": True, "count": 3})),
    ("update_webhook", ("w1",), {"retry_config": {"enabled": False}}, ("retryConfig", {"enabled": False})),
    ("create_data_resource", (["read"], "s", "STRING", "code", "Name", "ns"),
     {"extend_field_list": [{"key": "k", "valueType": "STRING", "label": "K"}]},
     ("extendFieldList", [{"key": "k", "valueType": "STRING", "label": "K"}])),
    ("create_data_resource_by_tree", (["read"], [], "code", "Name", "ns"),
     {"extend_field_list": [{"key": "k", "valueType": "STRING", "label": "K"}]},
     ("extendFieldList", [{"key": "k", "valueType": "STRING", "label": "K"}])),
    ("update_security_settings", (), {"authing_token_expires_in": 3600}, ("authingTokenExpiresIn", 3600)),
    ("update_operate", ("i", {}, "op", "key", True, "m1", "o1"), {"field_id": "f1"}, ("fieldId", "f1")),
    ("copy_operate", ({"a": 1}, "m1", "o1"), {"field_id": "f2"}, ("fieldId", "f2")),
    ("list_row", ("m1",), {"get_nest_data": True}, ("getNestData", True)),
    ("update_model", ({}, "a,b", "default", "p", True, "d", "n", "m1"), {"show_field_key": "title"},
     ("showFieldKey", "title")),
]


def _positional(client: str, name: str, args: tuple[Any, ...]) -> list[str]:
    ep = BY_NAME[(client, name)]
    return [p["wire"] for p in ep["params"] if not p.get("keyword_only")][: len(args)]


@pytest.mark.parametrize(("name", "args", "extra", "sent"), QUERY_CASES, ids=[c[0] for c in QUERY_CASES])
async def test_query_field_sent_under_node_name(
    server: FakeServer, name: str, args: tuple[Any, ...], extra: dict[str, Any], sent: tuple[str, str]
) -> None:
    ep = _serve(server, "management", name)
    async with _management(server) as client:
        await getattr(client, name)(*args)
        official = server.take(ep["method"], ep["path"]).query
        await getattr(client, name)(*args, **extra)
        with_field = server.take(ep["method"], ep["path"]).query
    assert sent[0] not in {k for k, _ in official}
    # the official request, unchanged, plus the Node field in the query
    assert sorted(with_field) == sorted([*official, sent])
    assert {k for k, _ in official} >= {w for w in _positional("management", name, args) if w != "userIds"}


@pytest.mark.parametrize(("name", "args", "extra", "sent"), BODY_CASES, ids=[c[0] for c in BODY_CASES])
async def test_body_field_sent_under_node_name(
    server: FakeServer, name: str, args: tuple[Any, ...], extra: dict[str, Any], sent: tuple[str, Any]
) -> None:
    ep = _serve(server, "management", name)
    async with _management(server) as client:
        await getattr(client, name)(*args)
        official = server.take(ep["method"], ep["path"])
        await getattr(client, name)(*args, **extra)
        with_field = server.take(ep["method"], ep["path"])
    assert official.query == with_field.query == []
    body = official.json()
    assert sent[0] not in body
    assert set(body) == set(_positional("management", name, args))
    assert with_field.json() == {**body, sent[0]: sent[1]}


async def test_authentication_fields(server: FakeServer) -> None:
    link = _serve(server, "authentication", "generate_link_ext_idp_url")
    async with _authentication(server) as client:
        await client.generate_link_ext_idp_url("conn", "app1", "idt", need_url_redirect="true",
                                               target_url="https://back.example/cb")
        assert sorted(server.take("GET", link["path"]).query) == sorted([
            ("ext_idp_conn_identifier", "conn"), ("app_id", "app1"), ("id_token", "idt"),
            ("need_url_redirect", "true"), ("target_url", "https://back.example/cb")])
        profile = _serve(server, "authentication", "get_profile")
        await client.get_profile(True, with_department_ids=True)
        assert sorted(server.take("GET", profile["path"]).query) == [
            ("withCustomData", "true"), ("withDepartmentIds", "true")]
        pw = _serve(server, "authentication", "update_password")
        await client.update_password("n3w-Pass", password_reset_token="prt")
        assert server.take("POST", pw["path"]).json() == {"newPassword": "n3w-Pass", "passwordResetToken": "prt"}
        mobile = _serve(server, "authentication", "sign_in_by_mobile")
        await client.sign_in_by_mobile("douyin-mp", "douyin_mini_program",
                                       douyin_mini_program_code_payload={"code": "c0de"})
        assert server.take("POST", mobile["path"]).json() == {
            "extIdpConnidentifier": "douyin-mp", "connection": "douyin_mini_program",
            "douyinMiniProgramCodePayload": {"code": "c0de"}}


def test_sync_facade_and_compat_send_them_too(server: FakeServer) -> None:
    ep = _serve(server, "management", "get_user")
    with genauth_sync.ManagementClient("ak", "sk", host=server.url, max_retries=0) as client:
        client.get_user("u1", with_department_ids=True)
        assert sorted(server.take("GET", ep["path"]).query) == [("userId", "u1"), ("withDepartmentIds", "true")]
    lf = _serve(server, "management", "list_field")
    with sync_compat.ManagementClient("ak", "sk", host=server.url, max_retries=0) as legacy:
        answer_ = legacy.list_field("m1", from_="relation")
        assert answer_["statusCode"] == 200
        assert sorted(server.take("GET", lf["path"]).query) == [("from", "relation"), ("modelId", "m1")]
        legacy.list_field("m1")  # the official call
        assert server.take("GET", lf["path"]).query == [("modelId", "m1")]


async def test_official_arity_plus_one_is_refused(server: FakeServer) -> None:
    """The Node field cannot be reached by position: one argument past the official ones is a TypeError."""
    async with _management(server) as client:
        with pytest.raises(TypeError):
            await client.get_user("u1", "user_id", False, True, False, True, True)  # type: ignore[misc]
        with pytest.raises(TypeError):
            await client.list_field("m1", "relation")  # type: ignore[misc]
    assert server.api_requests == []


KEYWORD_ONLY = [(ep, p) for ep in ENDPOINTS for p in ep["params"] if p.get("keyword_only")]
CLASSES = {
    "management": (genauth_async.ManagementClient, genauth_sync.ManagementClient,
                   async_compat.ManagementClient, sync_compat.ManagementClient),
    "authentication": (genauth_async.AuthenticationClient, genauth_sync.AuthenticationClient,
                       async_compat.AuthenticationClient, sync_compat.AuthenticationClient),
}


def test_the_issue_families_are_sampled() -> None:
    sampled = {c[0] for c in QUERY_CASES + BODY_CASES} | {
        "generate_link_ext_idp_url", "get_profile", "update_password", "sign_in_by_mobile"}
    assert sampled <= {ep["name"] for ep, _ in KEYWORD_ONLY}
    assert len({ep["name"] for ep, _ in KEYWORD_ONLY}) >= len(sampled)


@pytest.mark.parametrize("client", CLASSES)
def test_every_node_field_is_keyword_only(client: str) -> None:
    """Introspection against the spec: each ``keyword_only`` parameter is keyword-only with the
    default None on the typed and compat classes of both packages, and every parameter before it
    is an official one (positional-or-keyword, in the spec's order)."""
    eps = [ep for ep in ENDPOINTS if ep["client"] == client and any(p.get("keyword_only") for p in ep["params"])]
    assert eps
    for cls in CLASSES[client]:
        for ep in eps:
            names = [ep["name"], *(ep.get("aliases") or [])]
            for name in names:
                params = [p for p in inspect.signature(getattr(cls, name)).parameters.values()
                          if p.kind is not p.VAR_KEYWORD][1:]
                assert [p.name for p in params] == [p["name"] for p in ep["params"]], (cls, name)
                for p, sp in zip(params, ep["params"], strict=True):
                    if sp.get("keyword_only"):
                        assert p.kind is p.KEYWORD_ONLY and p.default is None, (cls, name, p.name)
                    else:
                        assert p.kind is p.POSITIONAL_OR_KEYWORD, (cls, name, p.name)
