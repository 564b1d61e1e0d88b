"""Issue 16, points 3 and 6: bad timeouts and bad arguments are ValidationError, before anything is sent.

Every test drives the public client against the recording server and then checks that the
server saw nothing: a ValidationError raised after a request went out would be the wrong answer.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from _fixtures import ACCESS_KEY_ID, ACCESS_KEY_SECRET

import genauth_async
from genauth_async import RequestOptions
from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async.errors import ValidationError
from tests.support.fake_server import FakeServer, ok

BAD_SECONDS: list[Any] = [0, 0.0, -1, -0.5, math.nan, math.inf, -math.inf, True, False, "10", [1]]


# -- point 3: timeouts are positive, finite numbers ------------------------------------------------


@pytest.mark.parametrize("bad", BAD_SECONDS)
def test_bad_timeout_refused_at_construction(bad: Any) -> None:
    with pytest.raises(ValidationError, match="timeout") as info:
        genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host="http://127.0.0.1:9", timeout=bad)
    assert info.value.param == "timeout"
    with pytest.raises(ValidationError, match="timeout"):
        genauth_async.AuthenticationClient("app-1", "http://127.0.0.1:9", timeout=bad)


@pytest.mark.parametrize("bad", BAD_SECONDS)
def test_bad_timeout_refused_by_with_options(bad: Any) -> None:
    client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host="http://127.0.0.1:9")
    with pytest.raises(ValidationError, match="timeout"):
        client.with_options(timeout=bad)
    with pytest.raises(ValidationError, match="deadline"):
        client.with_options(deadline=bad)


@pytest.mark.parametrize("bad", BAD_SECONDS)
async def test_bad_request_timeout_refused_per_call(server: FakeServer, bad: Any) -> None:
    server.script("GET", "/api/v3/get-application", ok({"appId": "a"}))
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match="request_timeout"):
            await client.get_application("a", request_timeout=bad)
        with pytest.raises(ValidationError, match="timeout"):
            await client.request("GET", "/api/v3/get-application", timeout=bad)
        with pytest.raises(ValidationError, match="deadline"):
            await client.request("GET", "/api/v3/get-application", deadline=bad)
    assert server.requests == []


async def test_none_still_means_the_default(server: FakeServer) -> None:
    server.script("GET", "/api/v3/get-application", ok({"appId": "a"}))
    client = genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url, timeout=None)
    async with client:
        assert client._transport.default_timeout.total == 10.0
        same = client.with_options(timeout=None, max_retries=None)
        assert same._request_timeout is None and same._max_retries == client._max_retries
        app = await client.get_application("a", request_timeout=None)
        assert app.app_id == "a"
    # Milliseconds, as the official docstring describes them, are still read as such.
    assert BaseAuthenticationClient("app-1", server.url, timeout=2500)._timeout == 2.5


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
async def test_bad_max_retries_refused(server: FakeServer, bad: Any) -> None:
    with pytest.raises(ValidationError, match="max_retries"):
        BaseAuthenticationClient("app-1", server.url, max_retries=bad)
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match="max_retries"):
            await client.get_application("a", max_retries=bad)
        with pytest.raises(ValidationError, match="max_retries"):
            client.with_options(max_retries=bad)
    assert server.requests == []


# -- point 6: headers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "match"),
    [
        ({"x-trace": 1}, "must be a str"),
        ({"x-trace": b"bytes"}, "must be a str"),
        ({"x-trace": "a\r\nx-injected: 1"}, "must not contain"),
        ({"x-trace": "a\nb"}, "must not contain"),
        ({"x-trace": "nul\x00"}, "must not contain"),
        ({"x-trace": "lone \ud800"}, "cannot be encoded"),
        ({"bad name": "v"}, "not a valid header name"),
        ({"x-a\r\nb": "v"}, "not a valid header name"),
        ({"": "v"}, "not a valid header name"),
        ({1: "v"}, "not a valid header name"),
    ],
)
async def test_bad_extra_headers_refused(server: FakeServer, headers: dict[Any, Any], match: str) -> None:
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match=match):
            await client.get_application("a", extra_headers=headers)
        with pytest.raises(ValidationError, match=match):
            await client.request("GET", "/api/v3/get-application", headers=headers)
    assert server.requests == []  # not even the management token was fetched


async def test_good_extra_headers_still_sent(server: FakeServer) -> None:
    server.script("GET", "/api/v3/get-application", ok({"appId": "a"}))
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        await client.get_application("a", extra_headers={"x-trace": "t-1", "X-Custom_Token!": "é ok"})
    sent = server.calls("/api/v3/get-application")[0].headers
    assert sent["x-trace"] == "t-1"


# -- point 6: strings that cannot be encoded -------------------------------------------------------

LONE = "bad\udc80name"


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda c: c.create_application(app_name=LONE, app_identifier="x"), "app_name"),  # JSON body
        (lambda c: c.create_application(app_name="ok", app_identifier="x", redirect_uris=["ok", LONE]),
         "redirect_uris"),  # inside a list in the JSON body
        (lambda c: c.list_applications(keywords=LONE), None),  # query
        (lambda c: c.get_application(LONE), "app_id"),  # query on a GET
        (lambda c: c.get_application("a", extra_query={"k": LONE}), None),
        (lambda c: c.create_application(app_name="ok", app_identifier="x", extra_body={"k": LONE}), None),
    ],
)
async def test_lone_surrogates_refused(server: FakeServer, call: Any, param: str | None) -> None:
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match="encoded") as info:
            await call(client)
    if param is not None:
        assert info.value.param == param
    assert not isinstance(info.value.__cause__, TypeError)
    assert server.requests == []


async def test_lone_surrogates_refused_by_request(server: FakeServer) -> None:
    async with BaseAuthenticationClient("app-1", server.url) as client:
        for kwargs in ({"query": {"q": LONE}}, {"json": {"q": LONE}}, {"form": {"q": LONE}}):
            with pytest.raises(ValidationError, match="encoded"):
                await client.request("POST", "/api/v3/x", **kwargs)
    assert server.requests == []


async def test_lone_surrogate_in_a_path_parameter_refused(server: FakeServer) -> None:
    from genauth_async._endpoint import Endpoint, Param

    endpoint = Endpoint("delete_thing", "DELETE", "/api/v3/things/{id}", (Param("id", "id", "path", True, "str"),))
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match="id.*encoded"):
            client._call(endpoint, (LONE,), None)
        with pytest.raises(ValidationError, match="cannot be empty"):
            client._call(endpoint, ("",), None)
    assert server.requests == []


# -- point 6: empty identifiers, list items -----------------------------------------------------------


async def test_empty_required_identifiers_refused(server: FakeServer) -> None:
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match="app_id.*cannot be empty") as info:
            await client.get_application(app_id="")
        assert info.value.param == "app_id"
        with pytest.raises(ValidationError, match="user_id"):
            await client.get_user(user_id="")
        with pytest.raises(ValidationError, match="code"):
            await client.get_role(code="")
    assert server.requests == []


async def test_list_items_checked_against_the_spec_item_type(server: FakeServer) -> None:
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        with pytest.raises(ValidationError, match=r"redirect_uris.*item 0 must be of kind str, not int"):
            await client.create_application(app_name="n", app_identifier="i", redirect_uris=[1, 2])  # type: ignore[list-item]
        with pytest.raises(ValidationError, match=r"list.*item 1 must be of kind dict"):
            await client.revoke_application_access(app_id="a", list=[{"targetType": "USER"}, "x"])  # type: ignore[list-item]
    assert server.requests == []


async def test_well_typed_list_items_sent(server: FakeServer) -> None:
    server.script("POST", "/api/v3/create-application", ok({"appId": "a"}))
    async with genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url) as client:
        await client.create_application(app_name="n", app_identifier="i", redirect_uris=["https://cb.example/a"])
    assert server.calls("/api/v3/create-application")[0].json()["redirectUris"] == ["https://cb.example/a"]


# -- point 6: constructor argument types ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "param"),
    [
        ((123, 456), {}, "access_key_id"),
        (("ak", 456), {}, "access_key_secret"),
        (("", "sk"), {}, "access_key_id"),
        (("ak", "sk"), {"host": 1}, "host"),
        (("ak", "sk"), {"lang": "zh\r\nx-evil: 1"}, "lang"),
        (("ak", "sk"), {"use_unverified_ssl": "yes"}, "use_unverified_ssl"),
        (("ak", "sk"), {"max_connections": 0}, "max_connections"),
        (("ak", "sk"), {"retry_on_post": 1}, "retry_on_post"),
        (("ak", "sk"), {"token_leeway": -1}, "token_leeway"),
        (("ak", "sk"), {"retry_policy": {"max_retries": 1}}, "retry_policy"),
        (("ak", "sk"), {"session": object()}, "session"),
        (("ak", "sk"), {"trust_env": "1"}, "trust_env"),
        (("ak", "sk"), {"verify": 1}, "verify"),
    ],
)
def test_management_constructor_argument_types(args: tuple[Any, ...], kwargs: dict[str, Any], param: str) -> None:
    with pytest.raises(ValidationError) as info:
        genauth_async.ManagementClient(*args, **kwargs)
    assert info.value.param == param
    assert "456" not in str(info.value)  # the refused secret is not echoed


@pytest.mark.parametrize(
    ("args", "kwargs", "param"),
    [
        ((1, "http://127.0.0.1:9"), {}, "app_id"),
        (("app\r\n", "http://127.0.0.1:9"), {}, "app_id"),
        (("app", 9), {}, "app_host"),
        (("app", "http://127.0.0.1:9"), {"app_secret": 5}, "app_secret"),
        (("app", "http://127.0.0.1:9"), {"access_token": "t\nx"}, "access_token"),
        (("app", "http://127.0.0.1:9"), {"redirect_uri": ["x"]}, "redirect_uri"),
        (("app", "http://127.0.0.1:9"), {"real_ip": "1.2.3.4\r\n"}, "real_ip"),
    ],
)
def test_authentication_constructor_argument_types(args: tuple[Any, ...], kwargs: dict[str, Any],
                                                   param: str) -> None:
    with pytest.raises(ValidationError) as info:
        genauth_async.AuthenticationClient(*args, **kwargs)
    assert info.value.param == param


def test_official_constructor_keywords_still_accepted() -> None:
    m = genauth_async.ManagementClient(
        access_key_id="ak", access_key_secret="sk", host="https://api.example", timeout=10.0, lang="zh-CN",
        use_unverified_ssl=False, websocket_host="wss://events.example", websocket_endpoint="/events/v1/x",
    )
    assert (m.host, m.lang, m.websocket_endpoint) == ("https://api.example", "zh-CN", "/events/v1/x")
    a = genauth_async.AuthenticationClient(
        app_id="app", app_host="https://app.example", app_secret="s", access_token="t", timeout=5,
        protocol="oidc", token_endpoint_auth_method="client_secret_basic",
        introspection_endpoint_auth_method="client_secret_post", revocation_endpoint_auth_method="none",
        redirect_uri="https://cb.example", post_logout_redirect_uri="https://out.example",
        use_unverified_ssl=False, lang="en-US", websocket_host=None, websocket_endpoint=None, real_ip="10.0.0.1",
    )
    assert a.token_endpoint_auth_method == "client_secret_basic" and a._timeout == 5.0
    with pytest.raises(ValidationError, match="access_token"):
        a.set_access_token("tok\r\nx-evil: 1")


def test_request_options_from_the_facade_checked_before_sending(server: FakeServer) -> None:
    client = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    from genauth_async._endpoint import Endpoint, Param

    endpoint = Endpoint("get_thing", "GET", "/api/v3/get-thing", (Param("id", "id", "query", True, "str"),))
    with pytest.raises(ValidationError, match="retry_on_post"):
        client._call(endpoint, ("a",), None, RequestOptions(retry_on_post="yes"))  # type: ignore[arg-type]
    assert server.requests == []
