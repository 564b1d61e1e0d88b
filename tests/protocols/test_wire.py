"""What goes on the wire: client authentication per endpoint setting, wrapper bodies, event data.

The shared fake server on 127.0.0.1 answers every call, so exactly what the SDK sent can be
compared with what the official SDK sends (facts §3, §8, §9).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

from tests.support.fake_server import TOKEN_PATH, FakeServer, Recorded

from .conftest import AsyncAuth, AsyncMgmt

BASIC = "Basic " + base64.b64encode(b"app1:sec1").decode()


def _answer(rec: Recorded) -> Any:
    """What each kind of endpoint answers; the management token is the fake server's own."""
    if rec.path == TOKEN_PATH:
        return None
    if rec.path.startswith("/api/v3/"):
        return {"statusCode": 200, "message": "", "data": {"access_token": "at", "success": True}}
    if rec.path.endswith("/revocation"):
        return web.Response(status=200)
    if "/cas-idp/" in rec.path:
        return web.Response(text="yes\nalice\n", content_type="text/plain")
    return {"access_token": "at", "active": True, "sub": "u1"}


class Recorder:
    """The fake server answering every endpoint kind; ``last()`` is the latest request, body parsed."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.url = server.url

    def last(self) -> dict[str, Any]:
        call = self.server.requests[-1]
        if call.content_type == "application/x-www-form-urlencoded":
            body: Any = call.form()
        else:
            body = call.json()
        return {"method": call.method, "path": call.path, "query": dict(call.query),
                "headers": call.headers, "body": body, "raw": call.body}


@pytest.fixture
def rec() -> Iterator[Recorder]:
    with FakeServer(fallback=_answer) as server:
        yield Recorder(server)


def _client(rec: Recorder, **kw: Any) -> Any:
    args = {"app_id": "app1", "app_host": rec.url, "app_secret": "sec1", "redirect_uri": "https://rp/cb",
            "max_retries": 0}
    args.update(kw)
    return AsyncAuth(**args)


def _auth_of(call: dict[str, Any]) -> str | None:
    return call["headers"].get("Authorization")


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic", "none"])
async def test_token_endpoint_client_auth(rec: Recorder, method: str) -> None:
    async with _client(rec, token_endpoint_auth_method=method) as client:
        await client.get_access_token_by_code("c1", "v" * 43)
        call = rec.last()
        assert call["path"] == "/oidc/token" and call["method"] == "POST"
        expected = {"grant_type": "authorization_code", "code": "c1", "redirect_uri": "https://rp/cb",
                    "code_verifier": "v" * 43}
        if method == "client_secret_post":
            expected |= {"client_id": "app1", "client_secret": "sec1"}
            assert _auth_of(call) is None
        elif method == "client_secret_basic":
            assert _auth_of(call) == BASIC
        else:
            expected |= {"client_id": "app1"}
            assert _auth_of(call) is None
        assert call["body"] == expected
        assert not any(k.lower().startswith("x-genauth") for k in call["headers"])

        await client.get_new_access_token_by_refresh_token("rt1")
        body = rec.last()["body"]
        assert body["grant_type"] == "refresh_token" and body["refresh_token"] == "rt1"
        assert ("client_secret" in body) == (method == "client_secret_post")
        assert (_auth_of(rec.last()) == BASIC) == (method == "client_secret_basic")


@pytest.mark.parametrize("protocol", ["oidc", "oauth"])
@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic", "none"])
async def test_introspection_and_revocation_client_auth(rec: Recorder, method: str, protocol: str) -> None:
    async with _client(rec, protocol=protocol, introspection_endpoint_auth_method=method,
                       revocation_endpoint_auth_method=method) as client:
        credentials = {"client_secret_post": {"client_id": "app1", "client_secret": "sec1"},
                       "client_secret_basic": {}, "none": {"client_id": "app1"}}[method]
        expected_auth = BASIC if method == "client_secret_basic" else None

        assert (await client.introspect_token("tok1"))["active"] is True
        call = rec.last()
        assert call["method"] == "POST" and call["path"] == f"/{protocol}/token/introspection"
        assert call["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
        assert call["body"] == {"token": "tok1", **credentials} and _auth_of(call) == expected_auth

        assert await client.revoke_token("tok2") is True
        call = rec.last()
        assert call["method"] == "POST" and call["path"] == f"/{protocol}/token/revocation"
        assert call["body"] == {"token": "tok2", **credentials} and _auth_of(call) == expected_auth
        assert not any(k.lower().startswith("x-genauth") for k in call["headers"])


async def test_each_endpoint_uses_its_own_auth_method(rec: Recorder) -> None:
    async with _client(rec, protocol="oauth", token_endpoint_auth_method="none",
                       introspection_endpoint_auth_method="client_secret_basic",
                       revocation_endpoint_auth_method="client_secret_post") as client:
        await client.introspect_token("tok1")
        call = rec.last()
        assert call["path"] == "/oauth/token/introspection"
        assert call["body"] == {"token": "tok1"} and _auth_of(call) == BASIC
        assert await client.revoke_token("tok2") is True
        call = rec.last()
        assert call["path"] == "/oauth/token/revocation"
        assert call["body"] == {"token": "tok2", "client_id": "app1", "client_secret": "sec1"}
        assert _auth_of(call) is None
        await client.get_access_token_by_code("c")
        assert rec.last()["body"] == {"grant_type": "authorization_code", "code": "c",
                                      "redirect_uri": "https://rp/cb", "client_id": "app1"}


async def test_client_credentials_userinfo_and_cas_on_the_wire(rec: Recorder) -> None:
    async with _client(rec, token_endpoint_auth_method="client_secret_basic") as client:
        await client.get_access_token_by_client_credentials("s1 s2", "AK", "SK")
        call = rec.last()
        assert call["body"] == {"grant_type": "client_credentials", "client_id": "AK", "client_secret": "SK",
                                "scope": "s1 s2"}
        assert _auth_of(call) is None

        await client.get_user_info_by_access_token("at-1")
        call = rec.last()
        assert call["method"] == "POST" and call["path"] == "/oidc/me"
        assert _auth_of(call) == "Bearer at-1" and not call["raw"]

        assert await client.validate_ticket_v1("ST-1&x", "https://svc/?a=1") == {"valid": True, "username": "alice"}
        call = rec.last()
        assert call["path"] == "/cas-idp/app1/validate"
        assert call["query"] == {"service": "https://svc/?a=1", "ticket": "ST-1&x"}


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic", "none"])
async def test_sign_in_client_auth_and_basic_paths(rec: Recorder, method: str) -> None:
    async with _client(rec, token_endpoint_auth_method=method, access_token="user-at") as client:
        await client.sign_in_by_email_password("a@x", "pw", options={"scope": "openid"})
        call = rec.last()
        assert call["path"] == "/api/v3/signin"
        body = call["body"]
        assert body["connection"] == "PASSWORD" and body["passwordPayload"] == {"email": "a@x", "password": "pw"}
        assert body["options"] == {"scope": "openid"}
        if method == "client_secret_post":
            assert body["client_id"] == "app1" and body["client_secret"] == "sec1"
        else:
            assert "client_id" not in body and "client_secret" not in body
        if method == "client_secret_basic":
            assert _auth_of(call) == BASIC
            # The official SDK never applied Basic on these paths (URL vs path comparison).
            await client.sign_in_by_mobile("conn", "wechat", wechat_payload={"code": "c"})
            assert rec.last()["path"] == "/api/v3/signin-by-mobile" and _auth_of(rec.last()) == BASIC
            await client.exchange_token_set_with_qr_code_ticket("tk")
            assert rec.last()["path"] == "/api/v3/exchange-tokenset-with-qrcode-ticket"
            assert _auth_of(rec.last()) == BASIC
        else:
            assert _auth_of(call) == "user-at"


async def test_passcode_ldap_ad_and_sign_up_bodies(rec: Recorder) -> None:
    async with _client(rec, token_endpoint_auth_method="none") as client:
        await client.sign_in_by_email_passcode("a@x", "1234")
        assert rec.last()["body"] == {"connection": "PASSCODE", "passCodePayload": {"email": "a@x", "passCode": "1234"}}
        await client.sign_in_by_phone_passcode("138", "1234", "+86")
        assert rec.last()["body"]["passCodePayload"] == {"phone": "138", "passCode": "1234", "phoneCountryCode": "+86"}
        await client.sign_in_by_phone_passcode("138", "1234")
        assert rec.last()["body"]["passCodePayload"] == {"phone": "138", "passCode": "1234"}
        await client.sign_in_by_ldap("sam", "pw")
        assert rec.last()["body"] == {"connection": "LDAP", "ldapPayload": {"sAMAccountName": "sam", "password": "pw"}}
        await client.sign_in_by_ad("sam", "pw")
        assert rec.last()["body"] == {"connection": "AD", "adPayload": {"sAMAccountName": "sam", "password": "pw"}}

        await client.sign_up_by_email_passcode("a@x", "1234", profile={"nickname": "n"})
        assert rec.last()["path"] == "/api/v3/signup"
        assert rec.last()["body"] == {"connection": "PASSCODE", "passCodePayload": {"email": "a@x", "passCode": "1234"},
                                      "profile": {"nickname": "n"}}
        await client.sign_up_by_phone_passcode("138", "1234", "+86")
        assert rec.last()["body"]["passCodePayload"] == {"phone": "138", "passCode": "1234", "phoneCountryCode": "+86"}
        await client.sign_up_by_username_password("bob", "pw", options={"x": 1})
        assert rec.last()["body"] == {"connection": "PASSWORD", "passwordPayload": {"username": "bob", "password": "pw"},
                                      "options": {"x": 1}}


async def test_put_event_sends_event_data_as_json_string(rec: Recorder) -> None:
    data = {"user": {"id": "u1"}, "n": [1, 2]}
    async with _client(rec, access_token="user-at") as client:
        await client.put_event("myapp.user.created", data)
        call = rec.last()
        assert call["path"] == "/api/v3/pub-userEvent" and _auth_of(call) == "user-at"
        assert call["body"] == {"eventType": "myapp.user.created", "eventData": json.dumps(data)}
        await client.put_event("e", data, extra_body={"source": "sdk"}, extra_headers={"x-extra": "1"})
        assert rec.last()["body"]["source"] == "sdk" and rec.last()["headers"]["x-extra"] == "1"
    async with AsyncMgmt("ak", "sk", host=rec.url, max_retries=0) as mgmt:
        result = await mgmt.put_event("myapp.order.paid", data)
        assert result.success is True
        call = rec.last()
        assert call["path"] == "/api/v3/pub-event"
        assert call["body"] == {"eventType": "myapp.order.paid", "eventData": json.dumps(data)}
        assert _auth_of(call).startswith("Bearer ")
