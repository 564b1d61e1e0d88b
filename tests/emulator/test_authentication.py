"""Authentication API: sign-in per client auth method, profile, account binding."""

from __future__ import annotations

import base64
from typing import Any

import aiohttp

from genauth_async.testing import Emulator

from .conftest import Api


async def _call(session: aiohttp.ClientSession, emu: Emulator, method: str, path: str, app_id: str,
                token: str | None = None, **kwargs: Any) -> Any:
    headers = {"x-genauth-app-id": app_id, "x-genauth-request-from": "sdk", **kwargs.pop("headers", {})}
    if token:
        headers["authorization"] = token
    async with session.request(method, emu.url + path, headers=headers, **kwargs) as resp:
        assert resp.status == 200
        return await resp.json()


def _password(email: str, pw: str) -> dict[str, Any]:
    return {"connection": "PASSWORD", "passwordPayload": {"email": email, "password": pw}}


async def test_signin_profile_and_client_auth_methods(api: Api, emu: Emulator) -> None:
    s = api.session
    app = emu.create_application("Web", "web")
    user = emu.create_user(email="Ann@Example.com", password="s3cret", name="Ann")
    post = {**_password("ann@example.com", "s3cret"), "client_id": app["appId"], "client_secret": app["appSecret"]}
    body = await _call(s, emu, "POST", "/api/v3/signin", app["appId"], json=post)
    assert body["statusCode"] == 200, body
    tokens = body["data"]
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == tokens["expire_in"] == 7200
    assert tokens["id_token"] and tokens["refresh_token"]
    profile = await _call(s, emu, "GET", "/api/v3/get-profile", app["appId"], tokens["access_token"])
    assert profile["data"]["userId"] == user["userId"] and profile["data"]["name"] == "Ann"
    # client_secret_post is the default: no secret is refused; Basic works too.
    body = await _call(s, emu, "POST", "/api/v3/signin", app["appId"], json=_password("ann@example.com", "s3cret"))
    assert body["statusCode"] == 401
    basic = "Basic " + base64.b64encode(f"{app['appId']}:{app['appSecret']}".encode()).decode()
    body = await _call(s, emu, "POST", "/api/v3/signin", app["appId"], headers={"authorization": basic},
                       json=_password("ann@example.com", "s3cret"))
    assert body["statusCode"] == 200
    spa = emu.create_application("Spa", "spa", appType="spa")  # public client: token method none
    body = await _call(s, emu, "POST", "/api/v3/signin", spa["appId"], json=_password("ann@example.com", "s3cret"))
    assert body["statusCode"] == 200
    wrong = await _call(s, emu, "POST", "/api/v3/signin", spa["appId"], json=_password("ann@example.com", "nope"))
    assert wrong["statusCode"] == 403 and wrong["apiCode"] == 2333
    no_app = await _call(s, emu, "GET", "/api/v3/get-profile", "missing", tokens["access_token"])
    assert no_app["statusCode"] == 404 and no_app["apiCode"] == 2011
    anonymous = await _call(s, emu, "GET", "/api/v3/get-profile", app["appId"])
    assert anonymous["statusCode"] == 401 and anonymous["apiCode"] == 2020


async def test_deny_all_blocks_signin_until_granted(api: Api, emu: Emulator) -> None:
    app = emu.create_application("Locked", "locked", appType="spa")
    user = emu.create_user(username="bob", password="pw")
    await api.ok("POST", "/api/v3/update-application-permission-strategy", {"appId": app["appId"], "permissionStrategy": "DENY_ALL"})
    body = {"connection": "PASSWORD", "passwordPayload": {"username": "bob", "password": "pw"}}
    assert (await _call(api.session, emu, "POST", "/api/v3/signin", app["appId"], json=body))["statusCode"] == 403
    grant = {"targetType": "USER", "targetIdentifier": [user["userId"]], "effect": "ALLOW"}
    await api.ok("POST", "/api/v3/authorize-application-access", {"appId": app["appId"], "list": [grant]})
    assert (await _call(api.session, emu, "POST", "/api/v3/signin", app["appId"], json=body))["statusCode"] == 200


async def test_account_binding_flow(api: Api, emu: Emulator) -> None:
    s = api.session
    app = emu.create_application("Bind", "bind", appType="spa")
    emu.create_user(email="c@example.com", password="pw")
    idp = await api.ok("POST", "/api/v3/create-ext-idp", {"name": "GitHub", "type": "github"})
    conn = await api.ok("POST", "/api/v3/create-ext-idp-conn", {
        "extIdpId": idp["id"], "type": "github", "identifier": "gh", "displayName": "GitHub", "fields": {"clientId": "x"}})
    await api.ok("POST", "/api/v3/change-ext-idp-conn-state", {"id": conn["id"], "enabled": True, "appId": app["appId"]})
    enabled = await _call(s, emu, "GET", "/api/v3/get-application-enabled-extidps", app["appId"])
    assert [e["identifier"] for e in enabled["data"]] == ["gh"] and enabled["data"][0]["extIdpType"] == "social"
    tokens = (await _call(s, emu, "POST", "/api/v3/signin", app["appId"], json=_password("c@example.com", "pw")))["data"]
    params = {"ext_idp_conn_identifier": "gh", "app_id": app["appId"], "id_token": tokens["id_token"]}
    link = await _call(s, emu, "GET", "/api/v3/generate-link-extidp-url", app["appId"], tokens["access_token"], params=params)
    assert link["statusCode"] == 200 and link["data"]["url"].startswith(emu.url)
    missing = await _call(s, emu, "GET", "/api/v3/generate-link-extidp-url", app["appId"], tokens["access_token"],
                          params={"app_id": app["appId"], "id_token": tokens["id_token"]})
    assert missing["statusCode"] == 400 and "ext_idp_conn_identifier" in missing["message"]
    async with s.get(link["data"]["url"]) as resp:
        assert resp.status == 200
    identities = await _call(s, emu, "GET", "/api/v3/get-identities", app["appId"], tokens["access_token"])
    assert [i["extIdpId"] for i in identities["data"]] == [idp["id"]]
    unlinked = await _call(s, emu, "POST", "/api/v3/unlink-extidp", app["appId"], tokens["access_token"], json={"extIdpId": idp["id"]})
    assert unlinked["statusCode"] == 200 and "data" not in unlinked
    assert (await _call(s, emu, "GET", "/api/v3/get-identities", app["appId"], tokens["access_token"]))["data"] == []


async def test_users_roles_groups_orgs(api: Api, emu: Emulator) -> None:
    user = await api.ok("POST", "/api/v3/create-user", {"email": "d@example.com", "username": "dee", "password": "pw"})
    assert "password" not in user and user["status"] == "Activated"
    dup = await api.post("/api/v3/create-user", {"email": "D@example.com"})
    assert dup["statusCode"] == 409
    batch = await api.ok("POST", "/api/v3/create-users-batch", {"list": [{"username": f"u{i}"} for i in range(12)]})
    assert len(batch) == 12
    page = await api.ok("POST", "/api/v3/list-users", {"keywords": "u1", "options": {"pagination": {"page": 1, "limit": 2}}})
    assert page["totalCount"] == 3 and len(page["list"]) == 2  # u1, u10, u11
    got = await api.ok("GET", "/api/v3/get-user", {"userId": "dee", "userIdType": "username"})
    assert got["userId"] == user["userId"]
    updated = await api.ok("POST", "/api/v3/update-user", {"userId": user["userId"], "nickname": "D"})
    assert updated["nickname"] == "D"
    assert (await api.post("/api/v3/update-user", {"userId": user["userId"], "username": "u1"}))["statusCode"] == 409
    await api.ok("POST", "/api/v3/create-role", {"code": "admin", "name": "Admin"})
    assert (await api.post("/api/v3/create-role", {"code": "admin"}))["statusCode"] == 409
    await api.ok("POST", "/api/v3/assign-role", {"code": "admin", "targets": [{"targetType": "USER", "targetIdentifier": user["userId"]}]})
    assert (await api.ok("GET", "/api/v3/get-user-roles", {"userId": user["userId"]}))["totalCount"] == 1
    await api.ok("POST", "/api/v3/create-group", {"code": "g", "name": "G", "type": "static", "description": ""})
    await api.ok("POST", "/api/v3/add-group-members", {"code": "g", "userIds": [user["userId"]]})
    members = await api.ok("GET", "/api/v3/list-group-members", {"code": "g"})
    assert members["totalCount"] == 1
    org = await api.ok("POST", "/api/v3/create-organization", {"organizationCode": "acme", "organizationName": "Acme"})
    dept = await api.ok("POST", "/api/v3/create-department", {
        "organizationCode": "acme", "name": "R&D", "parentDepartmentId": org["departmentId"]})
    await api.ok("POST", "/api/v3/add-department-members", {
        "organizationCode": "acme", "departmentId": dept["departmentId"], "userIds": [user["userId"]]})
    children = await api.ok("GET", "/api/v3/list-children-departments", {"organizationCode": "acme", "departmentId": org["departmentId"]})
    assert children["list"][0]["membersCount"] == 1
    assert (await api.ok("POST", "/api/v3/delete-users-batch", {"userIds": [user["userId"]]})) == {"success": True}
    gone = await api.get("/api/v3/get-user", {"userId": user["userId"]})
    assert gone["statusCode"] == 404 and gone["apiCode"] == 2004
    assert (await api.ok("GET", "/api/v3/list-group-members", {"code": "g"}))["totalCount"] == 0
