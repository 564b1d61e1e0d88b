"""The spec-driven engine beyond one item's life cycle: bad requests, relations, paging and
filters, batch calls, tenant admins, and state kept in SQLite across a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest

from genauth_async import ManagementClient
from genauth_async.errors import APIError, ConflictError, NotFoundError
from genauth_async.testing import Emulator
from genauth_async.testing.stateful.plan import plans

from .conftest import Api

CREATES = sorted({ep.path for p in plans() if p.family.client == "management"
                  for ep in (*p.endpoints["create"], *p.endpoints["create_batch"])
                  if any(q.required for q in ep.params)})


def _client(emu: Emulator) -> ManagementClient:
    return ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url, max_retries=0)


@pytest.mark.parametrize("path", CREATES)
async def test_create_without_its_required_fields_is_a_bad_request(api: Api, path: str) -> None:
    body = await api.post(path, {})
    assert body["statusCode"] == 400, body
    assert "required" in body["message"] and body["requestId"]


async def test_wrong_element_types_are_bad_requests_and_change_nothing(api: Api) -> None:
    await api.ok("POST", "/api/v3/create-namespace", {"code": "kept"})
    for path, body in (
        ("/api/v3/delete-namespaces-batch", {"codeList": [{}]}),
        ("/api/v3/delete-namespaces-batch", {"codeList": [None]}),
        ("/api/v3/create-namespaces-batch", {"list": ["not-an-object"]}),
        ("/api/v3/delete-custom-fields", {"tenantId": "t", "list": [{"label": "names no item"}]}),
    ):
        answer = await api.post(path, body)
        assert answer["statusCode"] == 400, (path, answer)
    assert (await api.ok("GET", "/api/v3/list-namespaces"))["totalCount"] == 1


async def test_items_live_in_their_parent(emu: Emulator) -> None:
    async with _client(emu) as client:
        with pytest.raises(NotFoundError) as no_app:
            await client.create_asa_account(account_info={"u": 1}, app_id="no-such-app")
        assert no_app.value.api_code == 2011
        app = emu.create_application("Asa", "asa")
        account = await client.create_asa_account(account_info={"u": 1}, app_id=app["appId"])
        other = emu.create_application("Other", "other")
        with pytest.raises(NotFoundError):  # the account belongs to its application only
            await client.get_asa_account(app_id=other["appId"], account_id=account.account_id)
        assert (await client.list_asa_account(app_id=other["appId"])).total_count == 0
        await client.delete_application(app_id=app["appId"])
        with pytest.raises(NotFoundError) as gone:
            await client.get_asa_account(app_id=app["appId"], account_id=account.account_id)
        assert gone.value.api_code == 2011

        with pytest.raises(NotFoundError):
            await client.create_data_resource_by_string(actions=["r"], struct="s", resource_code="r",
                                                       resource_name="R", namespace_code="nowhere")
        with pytest.raises(NotFoundError):
            await client.create_tenant_user(tenant_id="no-tenant", gender="M", email="a@example.com")
        tenant = await client.create_tenant(name="T", app_ids=[])
        member = await client.create_tenant_user(tenant_id=tenant.tenant_id, gender="F", email="a@example.com")
        with pytest.raises(ConflictError):  # unique within the tenant
            await client.create_tenant_user(tenant_id=tenant.tenant_id, gender="F", email="a@example.com")
        await client.delete_tenant(tenant_id=tenant.tenant_id)
        with pytest.raises(NotFoundError):
            await client.get_tenant_user(tenant_id=tenant.tenant_id, member_id=member.member_id)

        # Deleting a namespace deletes its data resources: created again, it starts empty.
        await client.create_permission_namespace(code="scoped", name="Scoped")
        await client.create_data_resource_by_string(actions=["r"], struct="s", resource_code="inside",
                                                   resource_name="Inside", namespace_code="scoped")
        await client.delete_permission_namespace(code="scoped")
        await client.create_permission_namespace(code="scoped", name="Again")
        with pytest.raises(NotFoundError):
            await client.get_data_resource(namespace_code="scoped", resource_code="inside")
        assert (await client.list_data_resources(namespace_codes=["scoped"])).total_count == 0


async def test_lists_page_count_and_filter(emu: Emulator) -> None:
    async with _client(emu) as client:
        for i in range(12):
            await client.create_namespace(code=f"ns-{i:02}", name="even" if i % 2 == 0 else "odd")
        page = await client.list_namespaces(page=3, limit=5)
        assert page.total_count == 12 and [n.code for n in page.list] == ["ns-10", "ns-11"]
        odd = await client.list_namespaces(keywords="odd", page=1, limit=50)
        assert odd.total_count == 6 and all(n.name == "odd" for n in odd.list)
        assert [n.code async for n in client.iter_list_namespaces(limit=5)] == [f"ns-{i:02}" for i in range(12)]

        await client.create_resource(type="API", code="api-1", namespace="ns-00")
        await client.create_resource(type="MENU", code="menu-1", namespace="ns-00")
        await client.create_resource(type="API", code="api-1")  # same code, other namespace
        assert (await client.list_resources(namespace="ns-00", type="API")).total_count == 1
        assert (await client.list_resources(namespace="ns-00")).total_count == 2
        assert (await client.get_resource(code="api-1", namespace="ns-00")).namespace == "ns-00"

        await client.create_permission_namespace(code="pn-a", name="A")
        await client.create_permission_namespace(code="pn-b", name="B")
        for i, ns in enumerate(("pn-a", "pn-b", "pn-b")):
            await client.create_data_resource_by_array(actions=["r"], struct=["x"], resource_code=f"r{i}",
                                                       resource_name=f"in {ns}", namespace_code=ns)
        assert (await client.list_data_resources(namespace_codes=["pn-b"])).total_count == 2
        assert (await client.list_data_resources(namespace_codes=["pn-a", "pn-b"])).total_count == 3
        assert (await client.list_data_resources(query="in pn-a")).total_count == 1

        await client.create_pipeline_function(source_code="x", scene="PRE_REGISTER", func_name="a")
        await client.create_pipeline_function(source_code="x", scene="POST_REGISTER", func_name="b")
        listed = await client.list_pipeline_functions(scene="POST_REGISTER")
        assert [f.func_name for f in listed.list] == ["b"] and listed.total_count == 1


async def test_batch_calls_act_on_the_same_state(emu: Emulator) -> None:
    async with _client(emu) as client:
        await client.create_namespaces_batch(list=[{"code": "b1", "name": "One"}, {"code": "b2"}])
        assert (await client.get_namespace(code="b1")).name == "One"
        got = await client.get_namespaces_batch(code_list=["b1", "b2", "missing"])
        assert sorted(n.code for n in got) == ["b1", "b2"]
        with pytest.raises(ConflictError):  # all or nothing: b3 is not created either
            await client.create_namespaces_batch(list=[{"code": "b3"}, {"code": "b1"}])
        with pytest.raises(ConflictError):
            await client.create_namespaces_batch(list=[{"code": "b4"}, {"code": "b4"}])
        assert (await client.list_namespaces()).total_count == 2
        with pytest.raises(NotFoundError):  # one missing code: nothing is deleted
            await client.delete_namespaces_batch(code_list=["b1", "nope"])
        await client.delete_namespaces_batch(code_list=["b1", "b2"])
        assert (await client.list_namespaces()).total_count == 0

        app = emu.create_application("Batch", "batch")
        await client.create_asa_account_batch(list=[{"accountInfo": {"n": 1}}, {"accountInfo": {"n": 2}}],
                                              app_id=app["appId"])
        accounts = (await client.list_asa_account(app_id=app["appId"])).list
        ids = [a.account_id for a in accounts]
        assert len(set(ids)) == 2
        fetched = await client.get_asa_account_batch(account_ids=ids, app_id=app["appId"])
        assert sorted(a.account_info["n"] for a in fetched) == [1, 2]
        await client.delete_asa_account_batch(account_ids=ids, app_id=app["appId"])
        assert (await client.list_asa_account(app_id=app["appId"])).total_count == 0

        made = await client.create_public_accounts_batch(list=[{"email": "p1@example.com"}, {"email": "p2@example.com"}])
        changed = await client.update_public_account_batch(list=[{"userId": made[0].user_id, "nickname": "P1"}])
        assert changed[0].nickname == "P1"
        assert (await client.get_public_account(user_id=made[0].user_id)).nickname == "P1"
        batch = await client.get_public_account_batch(user_ids=[m.user_id for m in made])
        assert sorted(b.email for b in batch) == ["p1@example.com", "p2@example.com"]


async def test_batch_get_through_the_official_sdk(emu_thread: Any) -> None:
    genauth = pytest.importorskip("genauth")
    client = genauth.ManagementClient("ak-sync", "sk-sync", host=emu_thread.url)
    assert client.create_namespaces_batch(list=[{"code": "o1"}, {"code": "o2"}])["statusCode"] == 200
    got = client.get_namespaces_batch(code_list=["o1", "o2"])
    assert sorted(n["code"] for n in got["data"]) == ["o1", "o2"]
    assert client.delete_namespaces_batch(code_list=["o1", "o2"])["statusCode"] == 200
    assert client.get_namespace(code="o1")["statusCode"] == 404


@pytest.mark.parametrize("sdk", ["genauth_async", "genauth"])
async def test_tenant_admins_are_marked_members(emu_thread: Any, sdk: str) -> None:
    if sdk == "genauth":
        genauth = pytest.importorskip("genauth")
        official = genauth.ManagementClient("ak-sync", "sk-sync", host=emu_thread.url)

        async def call(method: str, **kwargs: Any) -> tuple[int, Any]:
            body = getattr(official, method)(**kwargs)
            return body["statusCode"], body.get("data")
    else:
        ours = ManagementClient("ak-sync", "sk-sync", host=emu_thread.url, max_retries=0)

        async def call(method: str, **kwargs: Any) -> tuple[int, Any]:
            from genauth_async import to_wire

            try:
                return 200, to_wire(await getattr(ours, method)(**kwargs))
            except APIError as exc:
                return exc.status_code, None

    _, tenant = await call("create_tenant", name=f"Admins {sdk}", app_ids=[])
    tid = tenant["tenantId"]
    _, a = await call("create_tenant_user", tenant_id=tid, gender="M", email=f"a-{sdk}@example.com")
    _, b = await call("create_tenant_user", tenant_id=tid, gender="F", email=f"b-{sdk}@example.com")
    assert (await call("set_tenant_admin", tenant_id=tid, member_ids=[a["memberId"]]))[0] == 200
    _, admins = await call("list_tenant_admin", tenant_id=tid)
    assert [u["memberId"] for u in admins["list"]] == [a["memberId"]] and admins["totalCount"] == 1
    _, got = await call("get_tenant_user", tenant_id=tid, link_user_id=a["linkUserId"])
    assert got["isTenantAdmin"] is True
    assert (await call("set_tenant_admin", tenant_id=tid, member_ids=["nobody"]))[0] == 404
    assert (await call("delete_tenant_admin", tenant_id=tid, member_id=a["memberId"]))[0] == 200
    assert (await call("list_tenant_admin", tenant_id=tid))[1]["totalCount"] == 0
    _, members = await call("list_tenant_users", tenant_id=tid)
    assert sorted(u["memberId"] for u in members["list"]) == sorted([a["memberId"], b["memberId"]])
    if sdk == "genauth_async":
        await ours.aclose()


async def test_engine_state_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "engine.sqlite")
    async with Emulator(db=db) as first, aiohttp.ClientSession() as session:
        api = Api(first, session)
        await api.ok("POST", "/api/v3/create-namespace", {"code": "kept", "name": "Kept"})
        await api.ok("POST", "/api/v3/create-namespace", {"code": "gone"})
        await api.ok("POST", "/api/v3/delete-namespace", {"code": "gone"})
        task = await api.ok("POST", "/api/v3/create-sync-task", {
            "fieldMapping": [], "syncTaskTrigger": "manually", "syncTaskFlow": "upstream", "clientConfig": {},
            "syncTaskType": "lark", "syncTaskName": "First"})
        first_id = task["list"][0]["syncTaskId"]
    async with Emulator(db=db) as second, aiohttp.ClientSession() as session:
        api = Api(second, session)
        listed = await api.ok("GET", "/api/v3/list-namespaces")
        assert [(n["code"], n["name"]) for n in listed["list"]] == [("kept", "Kept")]
        dup = await api.post("/api/v3/create-namespace", {"code": "kept"})
        assert dup["statusCode"] == 409
        task = await api.ok("POST", "/api/v3/create-sync-task", {
            "fieldMapping": [], "syncTaskTrigger": "manually", "syncTaskFlow": "upstream", "clientConfig": {},
            "syncTaskType": "lark", "syncTaskName": "Second"})
        assert task["list"][0]["syncTaskId"] == first_id + 1  # the id counter survived too
        got = await api.ok("GET", "/api/v3/get-sync-task", {"syncTaskId": first_id})
        assert got["syncTaskName"] == "First"


async def test_rosters_listed_by_their_policy(emu: Emulator) -> None:
    async with _client(emu) as client:
        policy = await client.create_invitation_policy(name="Policy")
        bound = await client.create_invitation_roster(name="Bound")
        await client.create_invitation_roster(name="Free")
        await client.update_invitation_roster(roster_id=bound.roster_id, policy_id=policy.policy_id)
        listed = await client.list_invitation_rosters_by_policy_id(policy_id=policy.policy_id)
        assert [r.name for r in listed.list] == ["Bound"]


@pytest.mark.parametrize("sdk", ["genauth_async", "genauth"])
async def test_mfa_factors_belong_to_the_signed_in_user(emu_thread: Any, sdk: str) -> None:
    from genauth_async import AuthenticationClient, to_wire

    emu = emu_thread.emulator
    app = emu_thread.call(emu.create_application, f"Factors {sdk}", f"factors-{sdk.replace('_', '-')}")
    tokens = {}
    for name in ("alice", "bob"):
        user = emu_thread.call(emu.create_user, email=f"{name}-{sdk}@example.com", password="pw")
        tokens[name] = emu_thread.call(emu.issue_user_tokens, app, user)["access_token"]

    clients: list[Any] = []

    def client_for(name: str) -> Any:
        if sdk == "genauth":
            genauth = pytest.importorskip("genauth")
            official = genauth.AuthenticationClient(app_id=app["appId"], app_host=emu_thread.url,
                                                    app_secret=app["appSecret"])
            official.set_access_token(tokens[name])

            async def call(method: str, **kwargs: Any) -> tuple[int, Any]:
                body = getattr(official, method)(**kwargs)
                return body["statusCode"], body.get("data")
            return call
        ours = AuthenticationClient(app["appId"], emu_thread.url, app_secret=app["appSecret"],
                                    access_token=tokens[name], max_retries=0)
        clients.append(ours)

        async def call_ours(method: str, **kwargs: Any) -> tuple[int, Any]:
            try:
                return 200, to_wire(await getattr(ours, method)(**kwargs))
            except APIError as exc:
                return exc.status_code, None
        return call_ours

    alice, bob = client_for("alice"), client_for("bob")
    ids = []
    for phone in ("13800000001", "13800000002"):
        status, request = await alice("send_enroll_factor_request", profile={"phoneNumber": phone}, factor_type="SMS")
        assert status == 200 and request["enrollmentToken"]
        token = request["enrollmentToken"]
        assert (await alice("enroll_factor", enrollment_data={"passCode": "123456"}, enrollment_token=token,
                            factor_type="SMS"))[0] == 200
        # A token is used up by its enrollment.
        assert (await alice("enroll_factor", enrollment_data={"passCode": "123456"}, enrollment_token=token,
                            factor_type="SMS"))[0] == 400
        _, enrolled = await alice("list_enrolled_factors")
        ids.append(enrolled[-1]["factorId"])
    assert len(set(ids)) == 2
    status, factor = await alice("get_factor", factor_id=ids[0])
    assert status == 200 and factor["profile"] == {"phoneNumber": "13800000001"} and factor["factorType"] == "SMS"
    assert (await bob("get_factor", factor_id=ids[0]))[0] == 404  # another user's factor
    assert (await bob("list_enrolled_factors"))[1] == []
    assert (await alice("reset_factor", factor_id=ids[0]))[0] == 200
    assert (await alice("get_factor", factor_id=ids[0]))[0] == 404
    assert [f["factorId"] for f in (await alice("list_enrolled_factors"))[1]] == [ids[1]]
    for client in clients:
        await client.aclose()


async def test_a_client_chosen_id_cannot_overwrite_another_item(api: Api) -> None:
    await api.ok("POST", "/api/v3/create-post", {"code": "p1", "name": "One", "id": "fixed-id"})
    clash = await api.post("/api/v3/create-post", {"code": "p2", "name": "Two", "id": "fixed-id"})
    assert clash["statusCode"] == 409
    assert (await api.ok("GET", "/api/v3/get-post", {"code": "p1"}))["name"] == "One"
    # A keyword does not match the bookkeeping fields every item has (ids, the user pool id).
    assert (await api.ok("GET", "/api/v3/list-post", {"keywords": "fixed"}))["totalCount"] == 0
    assert (await api.ok("GET", "/api/v3/list-post", {"keywords": "one"}))["totalCount"] == 1
