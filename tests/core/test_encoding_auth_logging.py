from __future__ import annotations

import base64
import logging
import warnings

import pytest
from _fixtures import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    APP_SECRET,
    CREATE_APPLICATION,
    GET_APPLICATION,
    GET_IDENTITIES,
    ID_TOKEN,
    LIST_APPLICATIONS,
    NO_FIELDS,
    PASSWORD,
    SIGNIN,
    USER_TOKEN,
    FakeLoginConfig,
)

from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async._endpoint import RequestOptions
from genauth_async._model import UNSET
from genauth_async._transport import SDK_VERSION_HEADER, InsecureTLSWarning
from genauth_async.errors import APIError, AuthenticationError, GenAuthError, ValidationError
from tests.support.fake_server import FakeServer, fail, ok


async def test_query_bools_lists_and_none(server: FakeServer, mgmt: BaseManagementClient) -> None:
    await mgmt._call(LIST_APPLICATIONS, (2, 10, True, None, ["a", "b"]), None, None)
    await mgmt._call(LIST_APPLICATIONS, (None, None, False, None, None), None, None)
    first, second = server.calls("/api/v3/list-applications")
    assert first.query == [("page", "2"), ("limit", "10"), ("isIntegrateApp", "true"),
                           ("appIds", "a"), ("appIds", "b")]
    assert second.query == [("isIntegrateApp", "false")]


async def test_json_none_dropped_and_empty_post_sends_braces(server: FakeServer,
                                                             mgmt: BaseManagementClient) -> None:
    await mgmt._call(CREATE_APPLICATION, ("demo", None, None, None, None), None, None)
    await mgmt._call(NO_FIELDS, (), None, None)
    assert server.calls("/api/v3/create-application")[0].json() == {"appName": "demo"}
    empty = server.calls("/api/v3/no-fields")[0]
    assert empty.body == b"{}" and empty.headers["Content-Type"] == "application/json"


async def test_nested_unset_omitted_none_kept_and_dict_as_is(server: FakeServer,
                                                            mgmt: BaseManagementClient) -> None:
    cfg = FakeLoginConfig(merge_login_and_register_page=None, enabled_basic_login_methods=UNSET)
    await mgmt._call(CREATE_APPLICATION, ("demo", None, None, cfg, None), None, None)
    await mgmt._call(CREATE_APPLICATION, ("demo", None, None, {"someWireKey": [1], "x": None}, None), None, None)
    first, second = server.calls("/api/v3/create-application")
    assert first.json() == {"appName": "demo", "loginConfig": {"mergeLoginAndRegisterPage": None}}
    assert second.json() == {"appName": "demo", "loginConfig": {"someWireKey": [1], "x": None}}


async def test_validation_before_any_io(server: FakeServer, mgmt: BaseManagementClient) -> None:
    with pytest.raises(ValidationError) as missing:
        await mgmt._call(GET_APPLICATION, (None,), None, None)
    assert missing.value.param == "app_id"
    with pytest.raises(ValidationError) as wrong:
        await mgmt._call(LIST_APPLICATIONS, ("1", None, None, None, None), None, None)
    assert wrong.value.param == "page" and "int" in str(wrong.value)
    with pytest.raises(ValidationError):
        await mgmt._call(LIST_APPLICATIONS, (True, None, None, None, None), None, None)  # bool is no int
    with pytest.raises(ValidationError):
        await mgmt._call(CREATE_APPLICATION, ("demo", None, None, ["not", "a", "dict"], None), None, None)
    assert server.requests == []  # not even a token request


async def test_escape_hatch_request(server: FakeServer, mgmt: BaseManagementClient) -> None:
    server.script("GET", "/api/v3/whatever", ok({"n": 1}))
    assert await mgmt.request("GET", "/api/v3/whatever", query={"flag": False, "skip": None}) == {"n": 1}
    assert server.calls("/api/v3/whatever")[0].query == [("flag", "false")]
    server.script("POST", "/api/v3/raw", {"plain": "json"})
    assert await mgmt.request("POST", "/api/v3/raw", json={"a": 1, "b": None}, envelope=False) == {"plain": "json"}
    assert server.calls("/api/v3/raw")[0].json() == {"a": 1}
    server.script("POST", "/api/v3/fails", fail(404, "no such app", api_code=2011))
    with pytest.raises(APIError) as info:
        await mgmt.request("POST", "/api/v3/fails", headers={"x-extra": "1"})
    assert info.value.api_code == 2011 and info.value.http_status == 200
    call = server.calls("/api/v3/fails")[0]
    assert call.body == b"{}" and call.headers["x-extra"] == "1"


async def test_authentication_headers_exact(server: FakeServer) -> None:
    client = BaseAuthenticationClient("app-1", server.url, app_secret=APP_SECRET, access_token=USER_TOKEN,
                                      real_ip="10.0.0.7")
    async with client:
        await client._call(GET_IDENTITIES, (), None, None)
        await client._call(SIGNIN, ("PASSWORD", {"password": PASSWORD}), None, None)  # client_secret_post
    ident, signin = server.requests
    for call in (ident, signin):
        assert call.headers["authorization"] == USER_TOKEN  # raw, no "Bearer"
        assert call.headers["x-genauth-app-id"] == "app-1"
        assert call.headers["x-genauth-request-from"] == "sdk"
        assert call.headers["x-genauth-sdk-version"] == SDK_VERSION_HEADER
        assert call.headers["x-real-ip"] == "10.0.0.7"
        assert "x-genauth-lang" not in call.headers
        assert "x-genauth-userpool-id" not in call.headers


class _SignInClient(BaseAuthenticationClient):
    _basic_auth_paths = frozenset({"/api/v3/signin-by-mobile"})  # what the generated client sets


def test_generated_client_knows_the_spec_basic_auth_paths() -> None:
    from genauth_async import AuthenticationClient
    from genauth_async._spec import load_spec

    spec_paths = {e["path"] for e in load_spec()["endpoints"] if e.get("basic_auth")}
    assert AuthenticationClient._basic_auth_paths == spec_paths
    assert "/api/v3/signin-by-mobile" in spec_paths


async def test_basic_auth_on_signin_under_client_secret_basic(server: FakeServer) -> None:
    client = _SignInClient("app-1", server.url, app_secret=APP_SECRET, access_token=USER_TOKEN,
                           token_endpoint_auth_method="client_secret_basic", lang="en-US")
    async with client:
        await client._call(SIGNIN, ("PASSWORD", None), None, None)
        await client.request("POST", "/api/v3/signin-by-mobile", json={})
        await client._call(GET_IDENTITIES, (), None, None)
        client.set_access_token("other-token")
        await client._call(GET_IDENTITIES, (), None, None)
    basic = "Basic " + base64.b64encode(f"app-1:{APP_SECRET}".encode()).decode()
    signin, mobile, ident, ident2 = server.requests
    assert signin.headers["authorization"] == basic
    assert mobile.headers["authorization"] == basic
    assert ident.headers["authorization"] == USER_TOKEN
    assert ident2.headers["authorization"] == "other-token"
    assert signin.headers["x-genauth-lang"] == "en-US"


async def test_auth_client_401_is_not_refreshed(server: FakeServer) -> None:
    server.script("GET", "/api/v3/get-identities", fail(401, "login required", api_code=2020))
    async with BaseAuthenticationClient("app-1", server.url) as client:
        with pytest.raises(AuthenticationError):
            await client._call(GET_IDENTITIES, (), None, None)
    assert len(server.requests) == 1


def test_unverified_ssl_warns_once() -> None:
    import genauth_async._transport as transport

    transport._warned_unverified = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        BaseAuthenticationClient("app", "https://x.example", use_unverified_ssl=True)
        BaseAuthenticationClient("app", "https://x.example", use_unverified_ssl=True)
    assert [w.category for w in caught] == [InsecureTLSWarning]


async def test_secrets_absent_from_logs_reprs_and_errors(server: FakeServer,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="genauth_async")
    server.script("POST", "/api/v3/create-application", fail(409, "duplicate", api_code=2039))
    server.script("POST", "/api/v3/signin", fail(403, "wrong password", api_code=2333))
    mgmt = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    auth = BaseAuthenticationClient("app-1", server.url, app_secret=APP_SECRET, access_token=USER_TOKEN,
                                    token_endpoint_auth_method="client_secret_basic")
    errors: list[BaseException] = []
    async with mgmt, auth:
        await mgmt._call(GET_APPLICATION, ("app-1",), None, None)
        await mgmt.request("GET", "/api/v3/x", query={"password": PASSWORD, "id_token": ID_TOKEN,
                                                        "app_secret": APP_SECRET, "page": 1})
        try:
            await mgmt._call(CREATE_APPLICATION, ("demo", None, None, None, PASSWORD), None, None)
        except GenAuthError as exc:
            errors.append(exc)
        try:
            await auth._call(SIGNIN, ("PASSWORD", {"password": PASSWORD}), None,
                             RequestOptions.build(extra_query={"access_token": USER_TOKEN}))
        except GenAuthError as exc:
            errors.append(exc)
        token = (await mgmt.get_management_token()).access_token
        provider_repr = repr(mgmt._token_provider) + repr(await mgmt.get_management_token())
    assert len(errors) == 2
    assert "GET /api/v3/x?password=***&id_token=***&app_secret=***&page=1" in caplog.text
    assert "statusCode=409" in caplog.text and "requestId=req-409" in caplog.text
    haystack = "\n".join([caplog.text, repr(mgmt), repr(auth), provider_repr,
                          *(str(e) for e in errors), *(repr(e) for e in errors)])
    basic = base64.b64encode(f"app-1:{APP_SECRET}".encode()).decode()
    for secret in (ACCESS_KEY_SECRET, APP_SECRET, USER_TOKEN, PASSWORD, ID_TOKEN, token, basic):
        assert secret not in haystack
    assert caplog.text.count("\n") >= 5  # one line per request really was logged
