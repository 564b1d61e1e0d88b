"""Per-call options (``CallOptions``: request_timeout, max_retries, extra_headers, extra_query,
extra_body, retry_on_post) on the hand-written helpers, exactly as on every generated method;
checked on the emulator's wire."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from genauth_async.errors import APITimeoutError, GenAuthError, TransportError
from genauth_async.protocols.mixins import _jwks_cache

from .conftest import (
    PASSWORD,
    SERVICE,
    AsyncAuth,
    AsyncMgmt,
    SyncAuth,
    SyncMgmt,
    afollow_login,
    auth_kwargs,
    follow_login,
    form_of,
    new_app,
    new_user,
    record_requests,
)

OPTION_NAMES = ("request_timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "retry_on_post")
# Coroutines that are not endpoint calls: lifecycle, the raw escape hatch (it has its own
# timeout/max_retries/headers/query/json), and the management token fetch.
# login_with_redirect (a coroutine because its storage may be async) sends no request.
NOT_ENDPOINTS = {"aclose", "request", "get_management_token", "login_with_redirect"}


def _coroutines(cls: type) -> list[str]:
    return sorted(n for n in dir(cls) if not n.startswith("_") and n not in NOT_ENDPOINTS
                  and inspect.iscoroutinefunction(getattr(cls, n)))


def test_the_options_are_declared_once() -> None:
    """One TypedDict holds the six options; the generator and the runtime read their names from it."""
    from genauth_async._options import OPTION_NAMES as DECLARED
    from genauth_async._options import CallOptions
    from tools.codegen import endpoints

    assert DECLARED == OPTION_NAMES
    assert set(CallOptions.__annotations__) == set(OPTION_NAMES)
    assert CallOptions.__required_keys__ == frozenset()  # every option may be left out
    assert not hasattr(endpoints, "OPTION_PARAMS")  # no second copy in the generator
    assert endpoints.OPTION_NAMES is DECLARED


def _assert_takes_call_options(fn: Any, where: str) -> None:
    params = inspect.signature(fn).parameters
    last = list(params.values())[-1]
    assert last.kind is inspect.Parameter.VAR_KEYWORD and last.name == "call_options", where
    assert last.annotation == "Unpack[CallOptions]", where
    assert not set(OPTION_NAMES) & set(params), where  # no hand-kept copy of an option


@pytest.mark.parametrize("cls", [AsyncMgmt, AsyncAuth], ids=["management", "authentication"])
def test_every_public_coroutine_takes_the_options(cls: type) -> None:
    names = _coroutines(cls)
    assert len(names) > 50
    sync_cls = SyncMgmt if cls is AsyncMgmt else SyncAuth
    for name in names:
        _assert_takes_call_options(getattr(cls, name), name)
        _assert_takes_call_options(getattr(sync_cls, name), f"sync {name}")
    iterators = [n for n in dir(cls) if n.startswith("iter_")]
    assert iterators
    for name in iterators:
        _assert_takes_call_options(getattr(cls, name), name)
        _assert_takes_call_options(getattr(sync_cls, name), f"sync {name}")


def test_hand_written_helpers_are_among_them() -> None:
    from genauth_async.protocols import HELPERS

    sending = {name for client, name, kind in HELPERS if client == "authentication" and kind == "async"}
    # the 21 official request helpers, validate_ticket_v2, and Node's pub, parse_access_token,
    # parse_id_token, handle_redirect_callback (login_with_redirect sends nothing)
    assert len(sending - NOT_ENDPOINTS) == 26
    assert sending - NOT_ENDPOINTS <= set(_coroutines(AsyncAuth))


async def test_a_keyword_that_is_no_option_is_refused_before_sending(emu: Any) -> None:
    """``**call_options`` takes any name at run time: a typo raises TypeError, as it did when each
    option was a parameter of its own, and nothing goes out (generated method, form helper,
    sign-in wrapper, event helper, page iterator)."""
    calls = record_requests(emu)
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        with pytest.raises(TypeError, match="'request_timout'; the per-call options are request_timeout"):
            await client.sign_in_by_credentials("PASSWORD", {"email": "a@b.c", "password": "p"}, request_timout=5)
        with pytest.raises(TypeError, match="'retries'"):
            await client.introspect_token("t", retries=1)
        # Would otherwise land on sign_in_by_credentials' own ad_payload parameter.
        with pytest.raises(TypeError, match="'ad_payload'"):
            await client.sign_in_by_email_password("alice@example.com", PASSWORD, ad_payload={"x": 1})
        with pytest.raises(TypeError, match="'timeout'"):
            await client.sign_up_by_username_password("dave", PASSWORD, timeout=5)
        with pytest.raises(TypeError, match="'header'"):
            await client.put_event("e", 1, header={"a": "b"})
        with pytest.raises(TypeError, match="'page_size'"):
            client.iter_get_login_history(page_size=5)  # at the call, not at the first page
    async with AsyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        with pytest.raises(TypeError, match="'extra_json'"):
            await mgmt.list_users(extra_json={})
    assert calls == []


def test_sync_facade_refuses_a_keyword_that_is_no_option(emu_thread: Any) -> None:
    emu = emu_thread.emulator
    calls = record_requests(emu)
    app = emu_thread.call(new_app, emu)
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        with pytest.raises(TypeError, match="'request_timout'"):
            client.sign_in_by_email_password("alice@example.com", PASSWORD, request_timout=5)
        with pytest.raises(TypeError, match="'request_timout'"):
            client.get_profile(request_timout=5)
    assert calls == []


EXTRA = {
    "extra_headers": {"x-trace-id": "trace-1"},
    "extra_query": {"q1": "v1", "tags": ["a", "b"]},
    "extra_body": {"custom": "c1", "dropped": None},
}


def _assert_extras_arrived(call: dict[str, Any], body: dict[str, Any]) -> None:
    assert call["headers"]["x-trace-id"] == "trace-1"
    assert call["query"]["q1"] == "v1"
    assert [v for k, v in call["query_items"] if k == "tags"] == ["a", "b"]
    assert body["custom"] == "c1" and "dropped" not in body


async def test_async_helpers_send_all_five_options(emu: Any) -> None:
    calls = record_requests(emu)
    app = new_app(emu)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, max_retries=0, timeout=5)) as client:
        # Form endpoint (introspection, client_secret_post): extras join the form and the query.
        answer = await client.introspect_token("not-a-token", request_timeout=5, max_retries=1, **EXTRA)
        assert answer == {"active": False}
        call = calls[-1]
        assert call["path"] == "/oidc/token/introspection"
        form = form_of(call)
        _assert_extras_arrived(call, form)
        assert form["token"] == "not-a-token" and form["client_id"] == app["appId"]

        # JSON endpoint through a sign-in wrapper (delegates to sign_in_by_credentials).
        login = await client.sign_in_by_email_password("alice@example.com", PASSWORD, request_timeout=5,
                                                       max_retries=1, **EXTRA)
        assert login.access_token
        call = calls[-1]
        body = json.loads(call["raw"])
        assert call["path"] == "/api/v3/signin" and body["passwordPayload"]["email"] == "alice@example.com"
        _assert_extras_arrived(call, body)

        # GET endpoint (CAS): extras join the query; extra_body travels as JSON like generated GETs.
        cas = AsyncAuth(**auth_kwargs(emu, app, protocol="cas"))
        async with cas:
            ticket = (await afollow_login(cas.build_authorize_url(service=SERVICE), "alice"))["ticket"]
            result = await cas.validate_ticket_v1(ticket, SERVICE, request_timeout=5, max_retries=0, **EXTRA)
        assert result == {"valid": True, "username": "alice"}
        call = calls[-1]
        assert call["query"]["ticket"] == ticket and call["query"]["service"] == SERVICE
        _assert_extras_arrived(call, json.loads(call["raw"]))

        # The JWKS request of introspect_token_offline carries the options of the call that makes it.
        offline = await client.introspect_token_offline(login.access_token, request_timeout=5, **EXTRA)
        assert offline["sub"] == user["userId"]
        call = calls[-1]
        assert call["path"] == "/oidc/.well-known/jwks.json"
        _assert_extras_arrived(call, json.loads(call["raw"]))
        assert _jwks_cache(client).fetch_count == 1


async def test_async_request_timeout_and_max_retries_take_effect(emu: Any) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, max_retries=0, timeout=10)) as client:
        emu.faults.add("bad_gateway", path="/oidc/token/introspection", count=1)
        with pytest.raises(GenAuthError) as info:  # the client's own max_retries=0: no second attempt
            await client.introspect_token("t")
        assert getattr(info.value, "http_status", None) == 502
        emu.faults.add("bad_gateway", path="/oidc/token/introspection", count=1)
        assert await client.introspect_token("t", max_retries=1) == {"active": False}

        emu.faults.add("latency", path="/oidc/token/revocation", latency=1.0, count=1)
        with pytest.raises(APITimeoutError):
            await client.revoke_token("t", request_timeout=0.2)
        assert await client.revoke_token("t", request_timeout=5) is True


def test_sync_helpers_send_all_five_options(emu_thread: Any) -> None:
    emu = emu_thread.emulator
    calls = record_requests(emu)
    app = emu_thread.call(new_app, emu)
    emu_thread.call(new_user, emu)
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic")) as client:
        code = follow_login(client.build_authorize_url(scope="openid offline_access"), "alice")["code"]
        tokens = client.get_access_token_by_code(code, request_timeout=5, max_retries=0, **EXTRA)
        assert tokens["refresh_token"]
        call = calls[-1]
        assert call["path"] == "/oidc/token" and call["headers"]["Authorization"].startswith("Basic ")
        form = form_of(call)
        _assert_extras_arrived(call, form)
        assert form["code"] == code and "client_secret" not in form

        emu.faults.add("bad_gateway", path="/oidc/me", count=1)  # retried: max_retries=1 for this call
        info = client.get_user_info_by_access_token(tokens["access_token"], max_retries=1, request_timeout=5)
        assert info["sub"]

        assert client.revoke_token(tokens["access_token"], request_timeout=5, max_retries=1, **EXTRA) is True
        _assert_extras_arrived(calls[-1], form_of(calls[-1]))

        user = client.sign_up_by_username_password("dave", PASSWORD, request_timeout=5, max_retries=0, **EXTRA)
        assert user.username == "dave"
        call = calls[-1]
        assert call["path"] == "/api/v3/signup"
        _assert_extras_arrived(call, json.loads(call["raw"]))
    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, max_retries=0) as mgmt:
        result = mgmt.put_event("opt.ev", {"a": 1}, request_timeout=5, max_retries=0, **EXTRA)
        assert result.success is True
        call = calls[-1]
        assert call["path"] == "/api/v3/pub-event"
        _assert_extras_arrived(call, json.loads(call["raw"]))


async def test_async_retry_on_post_per_call(emu: Any) -> None:
    calls = record_requests(emu)
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, max_retries=2)) as client:
        code = (await afollow_login(client.build_authorize_url(scope="openid offline_access"), "alice"))["code"]
        refresh = (await client.get_access_token_by_code(code))["refresh_token"]

        def sent(path: str) -> int:
            return sum(1 for c in calls if c["path"] == path)

        # The server acts, then the connection drops: a refresh is not re-sent by default...
        emu.faults.add("drop_after", path="/oidc/token", count=1)
        before = sent("/oidc/token")
        with pytest.raises(TransportError):
            await client.get_new_access_token_by_refresh_token(refresh)
        assert sent("/oidc/token") == before + 1
        # ...unless this call allows it.
        emu.faults.add("drop_after", path="/oidc/token", count=1)
        assert (await client.get_new_access_token_by_refresh_token(refresh, retry_on_post=True))["access_token"]
        assert sent("/oidc/token") == before + 3

        client.set_access_token((await client.sign_in_by_email_password("alice@example.com", PASSWORD)).access_token)
        emu.faults.add("drop_after", path="/api/v3/pub-userEvent", count=1)
        with pytest.raises(TransportError):
            await client.put_event("r.ev", 1)
        emu.faults.add("drop_after", path="/api/v3/pub-userEvent", count=1)
        await client.put_event("r.ev", 1, retry_on_post=True)
        assert sent("/api/v3/pub-userEvent") == 3
        # Sign-in wrappers hand the keyword to the generated sign_in_by_credentials.
        emu.faults.add("drop_after", path="/api/v3/signin", count=1)
        assert (await client.sign_in_by_username_password("alice", PASSWORD, retry_on_post=True)).access_token
