"""State behind the endpoints that link or annotate other resources (issue 17, point 1): custom
data, a user's departments and posts, pool users linked into a tenant, registration whitelists,
metadata row relations and operations. Each is driven through genauth_async and, where it has the
methods, the official genauth 5.1.0 SDK: set -> read shows it -> change -> read shows the change,
and a target that does not exist is a not-found.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from genauth_async.testing import Emulator

from .conftest import Api
from .test_stateful_families import driver, server  # noqa: F401  (fixtures: both SDKs on one emulator)

_N = itertools.count(1)


def needs(drv: Any, *methods: str) -> None:
    missing = [m for m in methods if not drv.supports(m)]
    if missing:
        pytest.skip(f"{drv.name} has no {', '.join(missing)}")


async def ok(drv: Any, method: str, **kwargs: Any) -> Any:
    status, data = await drv.call(method, kwargs)
    assert status == 200, (method, status)
    return data


async def status_of(drv: Any, method: str, **kwargs: Any) -> int:
    return int((await drv.call(method, kwargs))[0])


async def new_user(drv: Any) -> str:
    return str((await ok(drv, "create_user", email=f"link{next(_N)}@example.com"))["userId"])


async def test_custom_data_of_a_user(driver: Any) -> None:  # noqa: F811
    needs(driver, "set_custom_data", "get_custom_data", "create_user")
    uid = await new_user(driver)
    target = {"target_type": "USER", "target_identifier": uid}
    await ok(driver, "set_custom_data", list=[{"key": "team", "value": "blue"}, {"key": "level", "value": "3"}], **target)
    assert await ok(driver, "get_custom_data", tenant_id="pool", **target) == {"team": "blue", "level": "3"}
    await ok(driver, "set_custom_data", list=[{"key": "team", "value": "red"}], **target)
    assert await ok(driver, "get_custom_data", tenant_id="pool", **target) == {"team": "red", "level": "3"}
    other = await new_user(driver)
    assert await ok(driver, "get_custom_data", tenant_id="pool", target_type="USER", target_identifier=other) == {}

    missing = {"target_type": "USER", "target_identifier": "no-such-user"}
    assert await status_of(driver, "set_custom_data", list=[{"key": "a", "value": "b"}], **missing) == 404
    assert await status_of(driver, "get_custom_data", tenant_id="pool", **missing) == 404
    for kind in ("ROLE", "GROUP", "DEPARTMENT"):
        assert await status_of(driver, "get_custom_data", tenant_id="pool", target_type=kind,
                               target_identifier="nothing") == 404


async def test_custom_data_of_a_group(driver: Any) -> None:  # noqa: F811
    needs(driver, "set_custom_data", "get_custom_data", "create_group")
    code = f"grp{next(_N)}"
    await ok(driver, "create_group", type="static", code=code, name="Group", description="")
    await ok(driver, "set_custom_data", list=[{"key": "k", "value": "v"}], target_type="GROUP", target_identifier=code)
    assert await ok(driver, "get_custom_data", tenant_id="pool", target_type="GROUP", target_identifier=code) == {"k": "v"}


async def _org_with_two_departments(drv: Any) -> tuple[str, str, str]:
    code = f"org{next(_N)}"
    org = await ok(drv, "create_organization", metadata={}, organization_name="Org", organization_code=code)
    depts = []
    for name in ("Sales", "Support"):
        dept = await ok(drv, "create_department", organization_code=code, name=name,
                        parent_department_id=org["departmentId"], metadata={})
        depts.append(dept["departmentId"])
    return code, depts[0], depts[1]


async def test_user_departments(driver: Any) -> None:  # noqa: F811
    needs(driver, "set_user_departments", "get_user_departments", "create_organization", "list_department_members",
          "list_department_member_ids", "search_department_members")
    uid = await new_user(driver)
    org, sales, support = await _org_with_two_departments(driver)

    await ok(driver, "set_user_departments", user_id=uid,
             departments=[{"departmentId": sales, "isMainDepartment": True, "isLeader": True}])
    page = await ok(driver, "get_user_departments", user_id=uid)
    assert page["totalCount"] == 1
    (mine,) = page["list"]
    assert (mine["departmentId"], mine["name"], mine["organizationCode"]) == (sales, "Sales", org)
    assert mine["isMainDepartment"] is True and mine["isLeader"] is True
    members = await ok(driver, "list_department_members", organization_code=org, department_id=sales)
    assert [u["userId"] for u in members["list"]] == [uid]
    assert await ok(driver, "list_department_member_ids", organization_code=org, department_id=sales) == [uid]
    email = (await ok(driver, "get_user", user_id=uid))["email"]
    found = await ok(driver, "search_department_members", organization_code=org, department_id=sales, keywords=email[:6])
    assert [u["userId"] for u in found["list"]] == [uid]
    none = await ok(driver, "search_department_members", organization_code=org, department_id=sales, keywords="zzz")
    assert none["list"] == []

    await ok(driver, "set_user_departments", user_id=uid, departments=[{"departmentId": support}])
    page = await ok(driver, "get_user_departments", user_id=uid)
    assert [(d["departmentId"], d["isMainDepartment"]) for d in page["list"]] == [(support, False)]
    members = await ok(driver, "list_department_members", organization_code=org, department_id=sales)
    assert members["list"] == []

    assert await status_of(driver, "set_user_departments", user_id="nobody", departments=[{"departmentId": sales}]) == 404
    assert await status_of(driver, "get_user_departments", user_id="nobody") == 404
    assert await status_of(driver, "set_user_departments", user_id=uid, departments=[{"departmentId": "gone"}]) == 404


async def test_user_posts(driver: Any) -> None:  # noqa: F811
    needs(driver, "set_user_posts", "get_user_posts", "get_user_post", "create_post", "get_post")
    uid = await new_user(driver)
    ids = []
    for name in ("Lead", "Clerk"):
        code = f"{name.lower()}{next(_N)}"
        await ok(driver, "create_post", code=code, name=name)
        ids.append((await ok(driver, "get_post", code=code))["id"])

    await ok(driver, "set_user_posts", user_id=uid, post_ids=ids)
    assert sorted(p["name"] for p in await ok(driver, "get_user_posts", user_id=uid)) == ["Clerk", "Lead"]
    assert (await ok(driver, "get_user_post", user_id=uid))["id"] in ids
    await ok(driver, "set_user_posts", user_id=uid, post_ids=ids[1:])
    assert [p["id"] for p in await ok(driver, "get_user_posts", user_id=uid)] == ids[1:]
    await ok(driver, "set_user_posts", user_id=uid, post_ids=[])
    assert await ok(driver, "get_user_posts", user_id=uid) == []

    assert await status_of(driver, "set_user_posts", user_id="nobody", post_ids=ids) == 404
    assert await status_of(driver, "get_user_posts", user_id="nobody") == 404
    assert await status_of(driver, "set_user_posts", user_id=uid, post_ids=["no-such-post"]) == 404


async def test_pool_users_linked_into_a_tenant(driver: Any) -> None:  # noqa: F811
    needs(driver, "add_tenant_users", "remove_tenant_users", "list_tenant_users", "get_tenant_user", "create_tenant")
    tenant = (await ok(driver, "create_tenant", name=f"T{next(_N)}", app_ids=[]))["tenantId"]
    email = f"member{next(_N)}@example.com"
    uid = str((await ok(driver, "create_user", email=email))["userId"])
    other = await new_user(driver)

    await ok(driver, "add_tenant_users", tenant_id=tenant, link_user_ids=[uid, other])
    await ok(driver, "add_tenant_users", tenant_id=tenant, link_user_ids=[uid])  # already a member: no second one
    listed = (await ok(driver, "list_tenant_users", tenant_id=tenant))["list"]
    assert sorted(m["linkUserId"] for m in listed) == sorted([uid, other])
    member = await ok(driver, "get_tenant_user", tenant_id=tenant, link_user_id=uid)
    assert (member["email"], member["tenantId"]) == (email, tenant)

    await ok(driver, "remove_tenant_users", tenant_id=tenant, link_user_ids=[uid])
    assert await status_of(driver, "get_tenant_user", tenant_id=tenant, link_user_id=uid) == 404
    assert [m["linkUserId"] for m in (await ok(driver, "list_tenant_users", tenant_id=tenant))["list"]] == [other]
    assert await status_of(driver, "remove_tenant_users", tenant_id=tenant, link_user_ids=[uid]) == 404

    assert await status_of(driver, "add_tenant_users", tenant_id=tenant, link_user_ids=["no-such-user"]) == 404
    assert await status_of(driver, "add_tenant_users", tenant_id="no-such-tenant", link_user_ids=[uid]) == 404


def _values(answer: Any) -> set[str]:
    return {v for v in str(answer["value"]).split(",") if v}


async def test_registration_whitelist(driver: Any) -> None:  # noqa: F811
    needs(driver, "add_whitelist", "list_whitelists", "delete_whitelist")
    await ok(driver, "add_whitelist", type="EMAIL", list=["a@example.com", "b@example.com"])
    await ok(driver, "add_whitelist", type="USERNAME", list=["carol"])
    assert _values(await ok(driver, "list_whitelists", type="EMAIL")) == {"a@example.com", "b@example.com"}
    await ok(driver, "delete_whitelist", type="EMAIL", list=["a@example.com"])
    assert _values(await ok(driver, "list_whitelists", type="EMAIL")) == {"b@example.com"}
    assert _values(await ok(driver, "list_whitelists", type="USERNAME")) == {"carol"}
    assert await status_of(driver, "delete_whitelist", type="EMAIL", list=["a@example.com"]) == 404


async def test_whitelist_of_an_application(driver: Any) -> None:  # noqa: F811
    needs(driver, "add_whitelist_of_app", "list_whitelists_of_app", "delete_whitelist_of_app", "create_application")
    n = next(_N)
    app = (await ok(driver, "create_application", app_name=f"App {n}", app_identifier=f"wl-{n}"))["appId"]
    await ok(driver, "add_whitelist_of_app", app_id=app, type="PHONE", list=["+15550001", "+15550002"])
    assert _values(await ok(driver, "list_whitelists", type="PHONE")) == set()  # the pool's list is another one
    await ok(driver, "delete_whitelist_of_app", app_id=app, type="PHONE", list=["+15550001"])
    assert _values(await ok(driver, "list_whitelists_of_app", app_id=app, type="PHONE")) == {"+15550002"}
    assert await status_of(driver, "list_whitelists_of_app", app_id="no-such-app", type="PHONE") == 404
    assert await status_of(driver, "add_whitelist_of_app", app_id="no-such-app", type="PHONE", list=["x"]) == 404


FIELD_ARGS: dict[str, Any] = {
    "user_visible": True, "relation_optional_range": {"key": "k", "value": "v", "operator": "eq"},
    "relation_show_key": "", "for_login": False, "fuzzy_search": False, "format": 0, "regexp": "",
    "min": 0, "max": 100, "max_length": 100, "unique": False, "require": False, "default": "",
    "help": "", "editable": True, "show": True, "relation_multiple": True, "relation_type": "",
    "drop_down": {"key": "a", "label": "A"}, "type": "Relation",
}


async def _model(drv: Any) -> str:
    n = next(_N)
    model = await ok(drv, "create_model", parent_key="", enable=True, type="custom", description="M", name=f"Model {n}")
    return str(model["id"])


async def test_row_relations(driver: Any) -> None:  # noqa: F811
    needs(driver, "create_row_relation", "get_relation_value", "remove_relation_value", "create_model", "create_field",
          "create_row")
    model = await _model(driver)
    field = (await ok(driver, "create_field", **FIELD_ARGS, key=f"rel{next(_N)}", name="Rel", model_id=model))["id"]
    row = (await ok(driver, "create_row", data={"title": "Row"}, model_id=model))["rowId"]
    where = {"model_id": model, "field_id": field, "row_id": row}

    await ok(driver, "create_row_relation", value_list=["r1", "r2"], **where)
    await ok(driver, "create_row_relation", value_list=["r2", "r3"], **where)
    assert await ok(driver, "get_relation_value", **where) == {"totalCount": 3, "list": ["r1", "r2", "r3"]}
    assert (await ok(driver, "get_relation_value", page=2, limit=2, **where))["list"] == ["r3"]
    await ok(driver, "remove_relation_value", value="r2", field_ids=[field], row_id=row, model_id=model)
    assert (await ok(driver, "get_relation_value", **where))["list"] == ["r1", "r3"]
    assert await status_of(driver, "remove_relation_value", value="r2", field_ids=[field], row_id=row,
                           model_id=model) == 404

    assert await status_of(driver, "get_relation_value", model_id=model, field_id=field, row_id="gone") == 404
    assert await status_of(driver, "create_row_relation", value_list=["x"], model_id=model, field_id="gone",
                           row_id=row) == 404
    assert await status_of(driver, "create_row_relation", value_list=["x"], model_id="gone", field_id=field,
                           row_id=row) == 404


async def test_metadata_operations(driver: Any) -> None:  # noqa: F811
    needs(driver, "create_operate", "list_operate", "update_operate", "remove_operate", "create_model")
    model = await _model(driver)
    for key in ("approve", "reject"):
        await ok(driver, "create_operate", show=True, icon="i", config={}, operate_name=key.title(),
                 operate_key=key, model_id=model)
    first = await ok(driver, "list_operate", model_id=model, page=1, limit=1)
    second = await ok(driver, "list_operate", model_id=model, page=2, limit=1)
    assert (first["operateKey"], second["operateKey"]) == ("approve", "reject")
    assert first["id"] != second["id"] and first["modelId"] == model
    assert await status_of(driver, "create_operate", show=True, icon="i", config={}, operate_name="Again",
                           operate_key="approve", model_id=model) == 409

    await ok(driver, "update_operate", icon="j", config={}, operate_name="Accept", operate_key="approve", show=False,
             model_id=model, id=first["id"])
    changed = await ok(driver, "list_operate", model_id=model, page=1, limit=1)
    assert (changed["operateName"], changed["show"]) == ("Accept", False)

    await ok(driver, "remove_operate", custom_config={}, model_id=model, id=first["id"])
    assert (await ok(driver, "list_operate", model_id=model, page=1, limit=1))["id"] == second["id"]
    assert await status_of(driver, "remove_operate", custom_config={}, model_id=model, id=first["id"]) == 404
    assert await status_of(driver, "list_operate", model_id=model, page=2, limit=1) == 404  # past the last one
    assert await status_of(driver, "create_operate", show=True, icon="i", config={}, operate_name="X", operate_key="x",
                           model_id="no-such-model") == 404


async def test_links_survive_a_restart_and_a_deleted_user_takes_its_data(tmp_path: Path) -> None:
    db = str(tmp_path / "links.sqlite")
    async with Emulator(db=db) as first, aiohttp.ClientSession() as session:
        api = Api(first, session)
        uid = (await api.ok("POST", "/api/v3/create-user", {"email": "kept@example.com"}))["userId"]
        gone = (await api.ok("POST", "/api/v3/create-user", {"email": "gone@example.com"}))["userId"]
        for user in (uid, gone):
            await api.ok("POST", "/api/v3/set-custom-data", {"targetType": "USER", "targetIdentifier": user,
                                                             "list": [{"key": "k", "value": user}]})
        await api.ok("POST", "/api/v3/add-whitelist", {"type": "EMAIL", "list": ["kept@example.com"]})
        await api.ok("POST", "/api/v3/delete-users-batch", {"userIds": [gone]})
    async with Emulator(db=db) as second, aiohttp.ClientSession() as session:
        api = Api(second, session)
        query = {"tenantId": "pool", "targetType": "USER", "targetIdentifier": uid}
        assert await api.ok("GET", "/api/v3/get-custom-data", query) == {"k": uid}
        assert (await api.ok("GET", "/api/v3/list-whitelist", {"type": "EMAIL"}))["value"] == "kept@example.com"
        assert (await api.get("/api/v3/get-custom-data", {**query, "targetIdentifier": gone}))["statusCode"] == 404
        assert second.store.ensure("custom_data").get(f"USER:{gone}") is None  # not left behind in the store


async def test_settings_name_a_target_that_exists(driver: Any) -> None:  # noqa: F811
    needs(driver, "create_tenant_enterprise_certification", "get_tenant_enterprise_certification",
          "set_user_attribution_main_department", "get_user_attribution_main_department")
    cert = {"business_name": "B", "business_license": "L", "business_registration_name": "R",
            "unified_social_credit": "U", "legal_representative_name": "N", "national_identification_number": "I",
            "personal_bank_card_number": "C", "bank_reserved_phone": "P"}
    assert await status_of(driver, "create_tenant_enterprise_certification", tenant_id="no-such-tenant", **cert) == 404
    assert await status_of(driver, "get_tenant_enterprise_certification", tenant_id="no-such-tenant") == 404
    tenant = (await ok(driver, "create_tenant", name="T", app_ids=[]))["tenantId"]
    assert await status_of(driver, "get_tenant_enterprise_certification", tenant_id=tenant) == 404  # none submitted
    await ok(driver, "create_tenant_enterprise_certification", tenant_id=tenant, **cert)
    await ok(driver, "delete_tenant", tenant_id=tenant)
    assert await status_of(driver, "get_tenant_enterprise_certification", tenant_id=tenant) == 404  # gone with it

    assert await status_of(driver, "set_user_attribution_main_department", policy_id="no-such-policy",
                           department_id="d") == 404
    policy = (await ok(driver, "create_invitation_policy", name="P"))["policyId"]
    assert await ok(driver, "get_user_attribution_main_department", policy_id=policy) == []  # not set yet
