"""The 14 application endpoints (facts §6) with their real semantics."""

from __future__ import annotations

import pytest

from genauth_async import ManagementClient
from genauth_async.errors import ConflictError, NotFoundError
from genauth_async.testing import Emulator

from .conftest import Api


async def test_create_get_list_delete(api: Api, emu: Emulator) -> None:
    app = await api.ok("POST", "/api/v3/create-application", {"appName": "Shop", "appIdentifier": "shop"})
    assert app["appIdentifier"] == "shop" and app["userPoolId"] == emu.user_pool_id
    assert app["appType"] == "web" and app["isIntegrateApp"] is False
    got = await api.ok("GET", "/api/v3/get-application", {"appId": app["appId"]})
    assert got == app
    simple = await api.ok("GET", "/api/v3/get-application-simple-info", {"appId": app["appId"]})
    assert set(simple) <= {"appId", "appIdentifier", "appName", "appLogo", "appDescription", "appType", "isIntegrateApp"}
    listed = await api.ok("GET", "/api/v3/list-applications")
    assert listed["totalCount"] == 1 and listed["list"][0]["appId"] == app["appId"]
    assert (await api.ok("POST", "/api/v3/delete-application", {"appId": app["appId"]})) == {"success": True}
    missing = await api.get("/api/v3/get-application", {"appId": app["appId"]})
    assert missing["statusCode"] == 404 and missing["apiCode"] == 2011
    missing = await api.post("/api/v3/delete-application", {"appId": app["appId"]})
    assert missing["apiCode"] == 2011


async def test_duplicate_identifier_is_2039(api: Api) -> None:
    await api.ok("POST", "/api/v3/create-application", {"appName": "A", "appIdentifier": "dup"})
    body = await api.post("/api/v3/create-application", {"appName": "B", "appIdentifier": "DUP"})
    assert body["statusCode"] == 409 and body["apiCode"] == 2039 and body["requestId"]
    available = await api.ok("POST", "/api/v3/check-domain-available", {"domain": "dup"})
    assert available == {"available": False}
    assert (await api.ok("POST", "/api/v3/check-domain-available", {"domain": "free"})) == {"available": True}


async def test_validation_names_the_field(api: Api) -> None:
    body = await api.post("/api/v3/create-application", {"appIdentifier": "x"})
    assert body["statusCode"] == 400 and "appName" in body["message"]
    body = await api.post("/api/v3/create-application", {"appName": "x", "appIdentifier": "bad id!"})
    assert body["statusCode"] == 400
    body = await api.post("/api/v3/create-application", {"appName": 3, "appIdentifier": "typed"})
    assert body["statusCode"] == 400 and "appName" in body["message"]


async def test_pagination(api: Api, emu: Emulator) -> None:
    for i in range(23):
        emu.create_application(f"App {i}", f"app-{i}")
    first = await api.ok("GET", "/api/v3/list-applications", {"page": 1, "limit": 10})
    last = await api.ok("GET", "/api/v3/list-applications", {"page": 3, "limit": 10})
    assert first["totalCount"] == last["totalCount"] == 23
    assert len(first["list"]) == 10 and len(last["list"]) == 3
    assert last["list"][-1]["appName"] == "App 22"
    default = await api.ok("GET", "/api/v3/list-applications")
    assert len(default["list"]) == 10
    everything = await api.ok("GET", "/api/v3/list-applications", {"all": "true"})
    assert len(everything["list"]) == 23
    found = await api.ok("GET", "/api/v3/list-application-simple-info", {"keywords": "App 1", "limit": 50})
    assert found["totalCount"] == 11  # App 1, App 10..19
    assert (await api.get("/api/v3/list-applications", {"limit": 51}))["statusCode"] == 400


async def test_secret_strategy_and_access(api: Api, emu: Emulator) -> None:
    app = emu.create_application("S", "secretive")
    secret = await api.ok("GET", "/api/v3/get-application-secret", {"appId": app["appId"]})
    assert secret == {"secret": app["appSecret"]}
    fresh = await api.ok("POST", "/api/v3/refresh-application-secret", {"appId": app["appId"]})
    assert fresh["secret"] != app["appSecret"]
    assert (await api.ok("GET", "/api/v3/get-application-secret", {"appId": app["appId"]})) == fresh
    strategy = await api.ok("GET", "/api/v3/get-application-permission-strategy", {"appId": app["appId"]})
    assert strategy == {"permissionStrategy": "ALLOW_ALL"}
    await api.ok("POST", "/api/v3/update-application-permission-strategy", {"appId": app["appId"], "permissionStrategy": "DENY_ALL"})
    assert (await api.ok("GET", "/api/v3/get-application-permission-strategy", {"appId": app["appId"]}))["permissionStrategy"] == "DENY_ALL"
    user = emu.create_user(email="a@example.com", password="pw")
    item = {"targetType": "USER", "targetIdentifier": [user["userId"], "ghost"], "effect": "ALLOW"}
    assert (await api.ok("POST", "/api/v3/authorize-application-access", {"appId": app["appId"], "list": [item]})) == {"success": True}
    assert len(emu.store.access_grants) == 1  # the unknown subject was skipped
    too_many = await api.post("/api/v3/revoke-application-access", {"appId": app["appId"], "list": [item] * 11})
    assert too_many["statusCode"] == 400
    role_item = {"targetType": "ROLE", "targetIdentifier": ["r"], "effect": "ALLOW"}
    body = await api.post("/api/v3/authorize-application-access", {"appId": app["appId"], "list": [role_item]})
    assert body["statusCode"] == 400 and "namespaceCode" in body["message"]
    revoke = {"targetType": "USER", "targetIdentifier": [user["userId"], "ghost"]}
    assert (await api.ok("POST", "/api/v3/revoke-application-access", {"appId": app["appId"], "list": [revoke]})) == {"success": True}
    assert len(emu.store.access_grants) == 0


async def test_active_users(api: Api, emu: Emulator) -> None:
    app = emu.create_application("Active", "active")
    user = emu.create_user(email="b@example.com", password="pw")
    async with api.session.post(
        emu.url + "/api/v3/signin",
        json={"connection": "PASSWORD", "passwordPayload": {"email": "b@example.com", "password": "pw"},
              "client_id": app["appId"], "client_secret": app["appSecret"]},
        headers={"x-genauth-app-id": app["appId"]},
    ) as resp:
        assert (await resp.json())["statusCode"] == 200
    active = await api.ok("POST", "/api/v3/list-application-active-users", {"appId": app["appId"], "options": {"pagination": {"page": 1, "limit": 5}}})
    assert active["totalCount"] == 1 and active["list"][0]["userId"] == user["userId"]


async def test_update_application_is_stateful(api: Api, emu: Emulator) -> None:
    app = await api.ok("POST", "/api/v3/create-application", {"appName": "Old", "appIdentifier": "old-name"})
    other = await api.ok("POST", "/api/v3/create-application", {"appName": "Other", "appIdentifier": "taken"})
    changes = {
        "appId": app["appId"], "appName": "New", "appIdentifier": "New-Name", "appDescription": "d",
        "redirectUris": ["https://rp.example.com/cb"], "logoutRedirectUris": ["https://rp.example.com/bye"],
        "ssoEnabled": True, "oidcConfig": {"token_endpoint_auth_method": "client_secret_basic"},
    }
    assert (await api.ok("POST", "/api/v3/update-application", changes)) == {"success": True}
    got = await api.ok("GET", "/api/v3/get-application", {"appId": app["appId"]})
    assert (got["appName"], got["appIdentifier"], got["appDescription"]) == ("New", "new-name", "d")
    assert got["redirectUris"] == ["https://rp.example.com/cb"] and got["ssoEnabled"] is True and got["ssoEnabledAt"]
    # oidcConfig is merged: the one setting changed, the others stayed.
    assert got["oidcConfig"]["token_endpoint_auth_method"] == "client_secret_basic"
    assert got["oidcConfig"]["grant_types"] == app["oidcConfig"]["grant_types"]
    listed = await api.ok("GET", "/api/v3/list-applications")
    assert [a["appName"] for a in listed["list"]] == ["New", "Other"]
    # The old identifier is free again, the new one is taken.
    assert (await api.ok("POST", "/api/v3/check-domain-available", {"domain": "old-name"})) == {"available": True}
    assert (await api.ok("POST", "/api/v3/check-domain-available", {"domain": "new-name"})) == {"available": False}
    # Keeping one's own identifier is no conflict; taking another app's is 2039.
    assert (await api.ok("POST", "/api/v3/update-application", {"appId": app["appId"], "appIdentifier": "new-name"}))
    taken = await api.post("/api/v3/update-application", {"appId": app["appId"], "appIdentifier": "TAKEN"})
    assert taken["statusCode"] == 409 and taken["apiCode"] == 2039
    assert (await api.ok("GET", "/api/v3/get-application", {"appId": other["appId"]}))["appName"] == "Other"
    missing = await api.post("/api/v3/update-application", {"appId": "no-such-app", "appName": "X"})
    assert missing["statusCode"] == 404 and missing["apiCode"] == 2011
    for bad in ({"appIdentifier": "bad id!"}, {"appName": ""}, {"defaultProtocol": "ftp"},
                {"oidcConfig": {"token_endpoint_auth_method": "magic"}}):
        body = await api.post("/api/v3/update-application", {"appId": app["appId"], **bad})
        assert body["statusCode"] == 400, (bad, body)
    # A refused update changes nothing.
    assert (await api.ok("GET", "/api/v3/get-application", {"appId": app["appId"]}))["oidcConfig"] == got["oidcConfig"]


async def test_update_changes_how_sign_in_authenticates(api: Api, emu: Emulator) -> None:
    app = emu.create_application("Switch", "switch")
    emu.create_user(email="s@example.com", password="pw")
    body = {"connection": "PASSWORD", "passwordPayload": {"email": "s@example.com", "password": "pw"},
            "client_id": app["appId"], "client_secret": app["appSecret"]}
    headers = {"x-genauth-app-id": app["appId"]}
    assert (await api.post_raw("/api/v3/signin", body, headers))["statusCode"] == 200
    await api.ok("POST", "/api/v3/update-application", {"appId": app["appId"], "oidcConfig": {"token_endpoint_auth_method": "none"}})
    bare = {k: v for k, v in body.items() if not k.startswith("client_")}
    assert (await api.post_raw("/api/v3/signin", bare, headers))["statusCode"] == 200


async def test_get_update_and_delete_application_through_our_sdk(emu: Emulator) -> None:
    async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url, max_retries=0) as client:
        created = await client.create_application(app_name="Via SDK", app_identifier="via-sdk")
        got = await client.get_application(app_id=created.app_id)
        assert (got.app_id, got.app_name, got.app_identifier) == (created.app_id, "Via SDK", "via-sdk")
        assert got.user_pool_id == emu.user_pool_id
        assert (await client.update_application(app_id=created.app_id, app_name="Renamed")).success is True
        assert (await client.get_application(app_id=created.app_id)).app_name == "Renamed"
        await client.create_application(app_name="Second", app_identifier="second")
        with pytest.raises(ConflictError) as conflict:
            await client.update_application(app_id=created.app_id, app_identifier="second")
        assert conflict.value.api_code == 2039
        assert (await client.delete_application(app_id=created.app_id)).success is True
        with pytest.raises(NotFoundError) as gone:
            await client.get_application(app_id=created.app_id)
        assert gone.value.api_code == 2011
        with pytest.raises(NotFoundError):
            await client.delete_application(app_id=created.app_id)
        assert [a.app_identifier async for a in client.iter_list_applications()] == ["second"]
