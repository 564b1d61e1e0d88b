"""Authentication API: sign-in per client auth method, profile, account binding."""

from __future__ import annotations

import base64
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import aiohttp
import pytest
import requests

from genauth_async import AuthenticationClient
from genauth_async.errors import AuthenticationError, PermissionDeniedError
from genauth_async.testing import Emulator
from genauth_async.testing.credentials import PASSCODE_TTL, RESEND_INTERVAL

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


def _basic(app: dict[str, Any], secret: str | None = None) -> str:
    raw = f"{app['appId']}:{app['appSecret'] if secret is None else secret}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def _oidc(method: str) -> dict[str, Any]:
    return {"oidcConfig": {"token_endpoint_auth_method": method}}


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
    # client_secret_post is the default: no secret is refused, and so is a (correct) Basic header.
    body = await _call(s, emu, "POST", "/api/v3/signin", app["appId"], json=_password("ann@example.com", "s3cret"))
    assert body["statusCode"] == 401 and "client_secret" in body["message"]
    body = await _call(s, emu, "POST", "/api/v3/signin", app["appId"], headers={"authorization": _basic(app)},
                       json=_password("ann@example.com", "s3cret"))
    assert body["statusCode"] == 401 and "Basic" in body["message"]
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


async def test_signin_client_auth_is_exactly_the_apps_method(api: Api, emu: Emulator) -> None:
    emu.create_user(email="m@example.com", password="pw")
    post = emu.create_application("Post", "post", **_oidc("client_secret_post"))
    basic = emu.create_application("Basic", "basic", **_oidc("client_secret_basic"))
    public = emu.create_application("None", "public", **_oidc("none"))

    async def signin(app: dict[str, Any], authorization: str | None = None, **body: Any) -> dict[str, Any]:
        headers = {"authorization": authorization} if authorization else {}
        answer = await _call(api.session, emu, "POST", "/api/v3/signin", app["appId"], headers=headers,
                             json={**_password("m@example.com", "pw"), **body})
        assert answer["statusCode"] in (200, 401), answer
        if answer["statusCode"] == 401:
            assert answer["requestId"] and "apiCode" not in answer and "data" not in answer
        return answer

    def creds(app: dict[str, Any], secret: str | None = None) -> dict[str, str]:
        return {"client_id": app["appId"], "client_secret": app["appSecret"] if secret is None else secret}

    # client_secret_post: both body fields, right, and no Basic header.
    assert (await signin(post, **creds(post)))["statusCode"] == 200
    assert (await signin(post, **creds(post, "wrong")))["statusCode"] == 401
    assert (await signin(post, client_secret=post["appSecret"]))["statusCode"] == 401
    assert (await signin(post, client_id=basic["appId"], client_secret=post["appSecret"]))["statusCode"] == 401
    assert "Basic" in (await signin(post, _basic(post), **creds(post)))["message"]
    # The raw user token the SDKs send in authorization once signed in is not client authentication.
    token = (await signin(post, **creds(post)))["data"]["access_token"]
    assert (await signin(post, token, **creds(post)))["statusCode"] == 200
    # client_secret_basic: the header, right, and no body credentials.
    assert (await signin(basic, _basic(basic)))["statusCode"] == 200
    assert (await signin(basic, _basic(basic, "wrong")))["statusCode"] == 401
    assert (await signin(basic, _basic(post)))["statusCode"] == 401  # another app's credentials
    assert (await signin(basic, "Basic !!!"))["statusCode"] == 401
    missing = await signin(basic)
    assert "Basic" in missing["message"]
    assert "body" in (await signin(basic, **creds(basic)))["message"]
    assert (await signin(basic, _basic(basic), **creds(basic)))["statusCode"] == 401
    # none: nothing needed; credentials sent anyway must be right.
    assert (await signin(public))["statusCode"] == 200
    assert (await signin(public, _basic(public)))["statusCode"] == 200
    assert (await signin(public, **creds(public)))["statusCode"] == 200
    assert (await signin(public, **creds(public, "wrong")))["statusCode"] == 401
    assert (await signin(public, _basic(public, "wrong")))["statusCode"] == 401


def _other(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def test_email_passcode_sign_up_then_sign_in(api: Api, emu: Emulator) -> None:
    s = api.session
    app_id = emu.create_application("Codes", "codes", appType="spa")["appId"]

    async def call(path: str, body: dict[str, Any]) -> dict[str, Any]:
        return await _call(s, emu, "POST", path, app_id, json=body)  # type: ignore[no-any-return]

    def passcode(connection_body: dict[str, Any]) -> dict[str, Any]:
        return {"connection": "PASSCODE", "passCodePayload": connection_body}

    assert emu.passcode_sent_to("new@example.com") is None
    sent = await call("/api/v3/send-email", {"email": "New@Example.com", "channel": "CHANNEL_REGISTER"})
    assert sent["statusCode"] == 200 and "data" not in sent
    code = emu.passcode_sent_to("NEW@example.com")
    assert code is not None and re.fullmatch(r"\d{6}", code)
    wrong = await call("/api/v3/signup", passcode({"email": "new@example.com", "passCode": _other(code)}))
    assert wrong["statusCode"] == 403 and "apiCode" not in wrong and "CHANNEL_REGISTER" in wrong["message"]
    missing = await call("/api/v3/signup", passcode({"email": "new@example.com"}))
    assert missing["statusCode"] == 400 and "passCode" in missing["message"]
    created = await call("/api/v3/signup", {**passcode({"email": "new@example.com", "passCode": code}),
                                            "profile": {"nickname": "Newbie"}})
    assert created["statusCode"] == 200, created
    user = created["data"]
    assert user["email"] == "new@example.com" and user["emailVerified"] is True and user["nickname"] == "Newbie"
    assert emu.store.users.find("email", "new@example.com")["userId"] == user["userId"]
    reused = await call("/api/v3/signup", passcode({"email": "other@example.com", "passCode": code}))
    assert reused["statusCode"] == 403  # codes belong to their target
    reused = await call("/api/v3/signup", passcode({"email": "new@example.com", "passCode": code}))
    assert reused["statusCode"] == 403  # and work once
    assert emu.passcode_sent_to("new@example.com") == code  # the outbox still shows it

    # Sign-in takes a code sent on CHANNEL_LOGIN; the registration one does not do.
    signin = passcode({"email": "new@example.com", "passCode": code})
    assert (await call("/api/v3/signin", signin))["statusCode"] == 403
    assert (await call("/api/v3/send-email", {"email": "new@example.com", "channel": "CHANNEL_LOGIN"}))["statusCode"] == 200
    again = await call("/api/v3/send-email", {"email": "new@example.com", "channel": "CHANNEL_LOGIN"})
    assert again["statusCode"] == 429  # one code per minute and channel
    login_code = emu.passcode_sent_to("new@example.com")
    assert login_code is not None
    tokens = await call("/api/v3/signin", passcode({"email": "new@example.com", "passCode": login_code}))
    assert tokens["statusCode"] == 200, tokens
    assert emu.verify_user_token(tokens["data"]["access_token"])["sub"] == user["userId"]
    assert (await call("/api/v3/signin", passcode({"email": "new@example.com", "passCode": login_code})))["statusCode"] == 403

    # Codes expire.
    emu.advance_clock(RESEND_INTERVAL + 1)
    assert (await call("/api/v3/send-email", {"email": "new@example.com", "channel": "CHANNEL_LOGIN"}))["statusCode"] == 200
    late = emu.passcode_sent_to("new@example.com")
    emu.advance_clock(PASSCODE_TTL + 1)
    assert (await call("/api/v3/signin", passcode({"email": "new@example.com", "passCode": late or ""})))["statusCode"] == 403

    # A code for an address no user has, and malformed sends.
    assert (await call("/api/v3/send-email", {"email": "nobody@example.com", "channel": "CHANNEL_LOGIN"}))["statusCode"] == 200
    nobody = await call("/api/v3/signin", passcode({"email": "nobody@example.com",
                                                     "passCode": emu.passcode_sent_to("nobody@example.com")}))
    assert nobody["statusCode"] == 404 and nobody["apiCode"] == 2004
    assert (await call("/api/v3/send-email", {"email": "not-an-email", "channel": "CHANNEL_LOGIN"}))["statusCode"] == 400
    bad_channel = await call("/api/v3/send-email", {"email": "a@example.com", "channel": "CHANNEL_NOPE"})
    assert bad_channel["statusCode"] == 400 and "channel" in bad_channel["message"]
    assert (await call("/api/v3/send-sms", {"phoneNumber": "+86 138", "channel": "CHANNEL_LOGIN"}))["statusCode"] == 400
    unknown = await call("/api/v3/signin", {"connection": "MAGIC"})
    assert unknown["statusCode"] == 400 and "PASSCODE" in unknown["message"]


async def test_wrong_guesses_burn_a_code(api: Api, emu: Emulator) -> None:
    app_id = emu.create_application("Burn", "burn", appType="spa")["appId"]
    emu.create_user(phone="13900000000")
    await _call(api.session, emu, "POST", "/api/v3/send-sms", app_id,
                json={"phoneNumber": "13900000000", "channel": "CHANNEL_LOGIN"})
    code = emu.passcode_sent_to("13900000000")
    assert code is not None
    body = {"connection": "PASSCODE", "passCodePayload": {"phone": "13900000000", "passCode": _other(code)}}
    for _ in range(5):
        assert (await _call(api.session, emu, "POST", "/api/v3/signin", app_id, json=body))["statusCode"] == 403
    body["passCodePayload"]["passCode"] = code
    assert (await _call(api.session, emu, "POST", "/api/v3/signin", app_id, json=body))["statusCode"] == 403


async def test_passcodes_with_our_sdk(emu: Emulator) -> None:
    app = emu.create_application("SDK codes", "sdk-codes")
    async with AuthenticationClient(app["appId"], emu.url, app_secret=app["appSecret"], max_retries=0) as client:
        await client.send_email("CHANNEL_REGISTER", "sdk@example.com")
        user = await client.sign_up_by_email_passcode("sdk@example.com", emu.passcode_sent_to("sdk@example.com") or "")
        assert user.email == "sdk@example.com"
        await client.send_email("CHANNEL_LOGIN", "sdk@example.com")
        tokens = await client.sign_in_by_email_passcode("sdk@example.com", emu.passcode_sent_to("sdk@example.com") or "")
        assert emu.verify_user_token(tokens.access_token)["sub"] == user.user_id
        with pytest.raises(PermissionDeniedError):
            await client.sign_in_by_email_passcode("sdk@example.com", emu.passcode_sent_to("sdk@example.com") or "")


async def test_ldap_and_ad_sign_in(api: Api, emu: Emulator) -> None:
    app = emu.create_application("Directory", "directory")
    existing = emu.create_user(email="jdoe@corp.example", name="Existing")
    emu.add_directory_user("LDAP", "jdoe", "ldap-pw", email="jdoe@corp.example")
    emu.add_directory_user("AD", "jdoe", "ad-pw")
    with pytest.raises(ValueError):
        emu.add_directory_user("SAML", "x", "y")
    async with AuthenticationClient(app["appId"], emu.url, app_secret=app["appSecret"], max_retries=0) as client:
        ldap = await client.sign_in_by_ldap("jdoe", "ldap-pw")
        assert emu.verify_user_token(ldap.access_token)["sub"] == existing["userId"]  # linked by email
        ad = await client.sign_in_by_ad("jdoe", "ad-pw")
        ad_user = emu.store.users.get(emu.verify_user_token(ad.access_token)["sub"])
        assert ad_user["userId"] != existing["userId"] and ad_user["username"] == "jdoe"  # created
        again = await client.sign_in_by_ad("jdoe", "ad-pw")
        assert emu.verify_user_token(again.access_token)["sub"] == ad_user["userId"]  # and kept
        for call, name, password in (
            (client.sign_in_by_ldap, "jdoe", "ad-pw"),  # the other directory's password
            (client.sign_in_by_ldap, "nobody", "ldap-pw"),
            (client.sign_in_by_ad, "jdoe", "ldap-pw"),
        ):
            with pytest.raises(PermissionDeniedError) as info:
                await call(name, password)
            assert info.value.api_code == 2333
    emu.add_directory_user("LDAP", "jdoe", "new-pw", email="jdoe@corp.example")  # a password change
    creds = {"client_id": app["appId"], "client_secret": app["appSecret"]}
    old = await _call(api.session, emu, "POST", "/api/v3/signin", app["appId"], json={
        "connection": "LDAP", "ldapPayload": {"sAMAccountName": "jdoe", "password": "ldap-pw"}, **creds})
    assert old["statusCode"] == 403 and old["apiCode"] == 2333
    wrong_payload = await _call(api.session, emu, "POST", "/api/v3/signin", app["appId"], json={
        "connection": "LDAP", "adPayload": {"sAMAccountName": "jdoe", "password": "new-pw"}, **creds})
    assert wrong_payload["statusCode"] == 400 and "ldapPayload" in wrong_payload["message"]
    assert len(emu.store.users) == 2


async def _mobile_connection(api: Api, app: dict[str, Any], identifier: str = "wx-mobile") -> dict[str, Any]:
    idp = await api.ok("POST", "/api/v3/create-ext-idp", {"name": "WeChat", "type": "wechat"})
    conn = await api.ok("POST", "/api/v3/create-ext-idp-conn", {
        "extIdpId": idp["id"], "type": "wechat:mobile", "identifier": identifier, "displayName": "WeChat",
        "fields": {"appId": "wx123"}})
    await api.ok("POST", "/api/v3/change-ext-idp-conn-state", {"id": conn["id"], "enabled": True, "appId": app["appId"]})
    return idp  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic", "none"])
async def test_sign_in_by_mobile_under_each_client_auth_method(api: Api, emu: Emulator, method: str) -> None:
    app = emu.create_application("Mobile", "mobile", **_oidc(method))
    idp = await _mobile_connection(api, app)
    post = method == "client_secret_post"
    creds = {"client_id": app["appId"], "client_secret": app["appSecret"]} if post else {}
    kwargs: dict[str, Any] = {"app_secret": app["appSecret"], "token_endpoint_auth_method": method, "max_retries": 0}
    async with AuthenticationClient(app["appId"], emu.url, **kwargs) as client:
        first = await client.sign_in_by_mobile("wx-mobile", "wechat", wechat_payload={"code": "wx-user-1"}, **creds)
        second = await client.sign_in_by_mobile("wx-mobile", "wechat", wechat_payload={"code": "wx-user-1"}, **creds)
        other = await client.sign_in_by_mobile("wx-mobile", "wechat", wechat_payload={"code": "wx-user-2"}, **creds)
    sub = emu.verify_user_token(first.access_token)["sub"]
    assert emu.verify_user_token(second.access_token)["sub"] == sub != emu.verify_user_token(other.access_token)["sub"]
    identities = await api.ok("GET", "/api/v3/get-user-identities", {"userId": sub})
    assert [(i["extIdpId"], i["userIdInIdp"]) for i in identities] == [(idp["id"], "wx-user-1")]
    if method != "none":
        wrong = {**kwargs, "app_secret": "wrong"}
        bad = {"client_id": app["appId"], "client_secret": "wrong"} if post else {}
        async with AuthenticationClient(app["appId"], emu.url, **wrong) as client:
            with pytest.raises(AuthenticationError):
                await client.sign_in_by_mobile("wx-mobile", "wechat", wechat_payload={"code": "wx-user-1"}, **bad)


async def test_sign_in_by_mobile_refusals(api: Api, emu: Emulator) -> None:
    app = emu.create_application("Mobile", "mobile", appType="spa")
    elsewhere = emu.create_application("Elsewhere", "elsewhere", appType="spa")
    await _mobile_connection(api, app)

    async def mobile(app_id: str, body: dict[str, Any]) -> dict[str, Any]:
        return await _call(api.session, emu, "POST", "/api/v3/signin-by-mobile", app_id, json=body)  # type: ignore[no-any-return]

    ok = {"extIdpConnidentifier": "wx-mobile", "connection": "wechat", "wechatPayload": {"code": "c"}}
    assert (await mobile(app["appId"], ok))["statusCode"] == 200
    assert (await mobile(elsewhere["appId"], ok))["statusCode"] == 403  # not enabled for that app
    assert (await mobile(app["appId"], {**ok, "extIdpConnidentifier": "nope"}))["statusCode"] == 404
    assert (await mobile(app["appId"], {**ok, "connection": "telegraph"}))["statusCode"] == 400
    no_payload = await mobile(app["appId"], {"extIdpConnidentifier": "wx-mobile", "connection": "wechat"})
    assert no_payload["statusCode"] == 400 and "wechat" in no_payload["message"]
    mini = {"extIdpConnidentifier": "wx-mobile", "connection": "wechat_mini_program_code",
            "wechatMiniProgramCodePayload": {"code": "mini-1"}}
    assert (await mobile(app["appId"], mini))["statusCode"] == 200


def test_passcode_outbox_is_read_from_many_threads(emu_thread: Any) -> None:
    app_id = emu_thread.call(emu_thread.emulator.create_application, "Threads", "threads", appType="spa")["appId"]
    headers = {"x-genauth-app-id": app_id}

    def sign_up(i: int) -> int:
        phone = f"1370000{i:04d}"
        with requests.Session() as session:
            sent = session.post(emu_thread.url + "/api/v3/send-sms", headers=headers, timeout=10,
                                json={"phoneNumber": phone, "channel": "CHANNEL_REGISTER"}).json()
            assert sent["statusCode"] == 200, sent
            code = emu_thread.passcode_sent_to(phone)  # this worker thread, while others send
            body = {"connection": "PASSCODE", "passCodePayload": {"phone": phone, "passCode": code}}
            answer = session.post(emu_thread.url + "/api/v3/signup", headers=headers, json=body, timeout=10).json()
            return int(answer["statusCode"])

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(sign_up, range(24))) == [200] * 24
    assert emu_thread.call(lambda: len(emu_thread.emulator.store.users)) == 24
