from __future__ import annotations

import asyncio
import base64

import pytest
from _fixtures import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    CREATE_APPLICATION,
    DELETE_APPLICATION,
    GET_APPLICATION,
    FakeApplicationDto,
    FakeIsSuccessDto,
)

from genauth_async._auth import decode_jwt_payload
from genauth_async._base_client import BaseManagementClient
from genauth_async._transport import SDK_VERSION_HEADER
from genauth_async.errors import AuthenticationError, GenAuthException, PermissionDeniedError
from tests.support.fake_server import TOKEN_PATH, USERPOOL_ID, FakeServer, fail, ok

APP = {"appId": "app1", "appName": "demo", "appType": "web"}


async def test_thousand_concurrent_first_calls_fetch_one_token(server: FakeServer) -> None:
    server.token_delay = 0.05
    server.script("GET", "/api/v3/get-application", ok(APP))
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        results = await asyncio.gather(
            *(client._call(GET_APPLICATION, ("app1",), FakeApplicationDto, None) for _ in range(1000))
        )
    assert len(results) == 1000 and all(r.app_id == "app1" for r in results)
    assert server.token_count == 1
    assert len(server.calls(TOKEN_PATH)) == 1


async def test_token_refreshed_ahead_of_expiry(server: FakeServer) -> None:
    server.token_ttl = 100  # leeway = min(60, 10 % of 100) = 10 s
    now = [1000.0]
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        client._token_provider._clock = lambda: now[0]
        await client._call(GET_APPLICATION, ("a",), None, None)
        now[0] += 85  # 15 s before expiry: still fine
        await client._call(GET_APPLICATION, ("a",), None, None)
        assert server.token_count == 1
        now[0] += 6  # 9 s before expiry: inside the leeway, refreshed before sending
        await client._call(GET_APPLICATION, ("a",), None, None)
        assert server.token_count == 2
    tokens = [r.headers["authorization"] for r in server.calls("/api/v3/get-application")]
    assert tokens[0] == tokens[1] != tokens[2]


async def test_status_401_refreshes_once_and_retries_once(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("GET", "/api/v3/get-application", fail(401, "token expired"), ok(APP))
    app = await mgmt._call(GET_APPLICATION, ("app1",), FakeApplicationDto, None)
    assert app.app_name == "demo"
    assert server.token_count == 2
    calls = server.calls("/api/v3/get-application")
    assert len(calls) == 2
    assert calls[0].headers["authorization"] != calls[1].headers["authorization"]


async def test_persistent_401_raises_after_one_refresh(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/delete-application", fail(401, "nope"))
    with pytest.raises(AuthenticationError) as info:
        await mgmt._call(DELETE_APPLICATION, ("app1",), FakeIsSuccessDto, None)
    assert info.value.status_code == 401
    assert server.token_count == 2
    assert len(server.calls("/api/v3/delete-application")) == 2


async def test_token_failure_raises_official_exception_name(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("POST", TOKEN_PATH, fail(403, "bad secret", api_code=1300))
    with pytest.raises(GenAuthException) as info:
        await mgmt._call(GET_APPLICATION, ("app1",), None, None)
    assert isinstance(info.value, PermissionDeniedError) and info.value.apiCode == 1300
    assert server.calls("/api/v3/get-application") == []


async def test_management_headers_exact(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("POST", "/api/v3/create-application", ok(APP))
    await mgmt._call(CREATE_APPLICATION, ("demo", "demo-id", None, None, None), FakeApplicationDto, None)
    token_req = server.calls(TOKEN_PATH)[0]
    assert "authorization" not in token_req.headers
    assert token_req.json() == {"accessKeyId": ACCESS_KEY_ID, "accessKeySecret": ACCESS_KEY_SECRET}
    call = server.calls("/api/v3/create-application")[0]
    token = ok_token = call.headers["authorization"]
    assert token.startswith("Bearer ")
    assert decode_jwt_payload(ok_token[len("Bearer "):])["scoped_userpool_id"] == USERPOOL_ID
    assert call.headers["x-genauth-userpool-id"] == USERPOOL_ID
    assert call.headers["x-genauth-lang"] == ""
    assert call.headers["x-genauth-sdk-version"] == SDK_VERSION_HEADER
    assert call.headers["Content-Type"] == "application/json"
    assert call.headers["User-Agent"].startswith("genauth-async/")


async def test_management_lang_header_when_set(server: FakeServer) -> None:
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url, lang="en-US") as c:
        await c._call(GET_APPLICATION, ("a",), None, None)
    assert server.calls("/api/v3/get-application")[0].headers["x-genauth-lang"] == "en-US"


def test_jwt_payload_decoded_url_safe() -> None:
    from tests.support.tokens import fake_jwt

    token = fake_jwt({"scoped_userpool_id": USERPOOL_ID})
    payload = token.split(".")[1]
    assert "-" in payload or "_" in payload  # the standard alphabet would mis-decode this
    with pytest.raises(ValueError):
        base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
    assert decode_jwt_payload(token)["scoped_userpool_id"] == USERPOOL_ID
