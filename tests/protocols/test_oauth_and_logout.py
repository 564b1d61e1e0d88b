"""build_authorize_url(protocol="oauth") through the emulator's /oauth/auth and the OAuth code
flow completed; logout URLs (OIDC, CAS, hosted-login "easy") requested from the emulator. Both
packages. SAML: the emulator serves no /api/v2/saml-idp route, so its URL is checked purely."""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from genauth_async.errors import BadRequestError, ValidationError

from .conftest import (
    AsyncAuth,
    SyncAuth,
    afollow_login,
    auth_kwargs,
    follow_login,
    new_app,
    new_user,
    record_requests,
)

BYE = "https://rp.example.com/bye?from=app"


def _q(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


# -- OAuth 2.0 code flow ---------------------------------------------------------------------------


async def test_async_oauth_code_flow(emu: Any) -> None:
    calls = record_requests(emu)
    app = new_app(emu)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="oauth")) as client:
        url = client.build_authorize_url(state="oauth-st")
        assert url.startswith(f"{emu.url}/oauth/auth?")
        assert _q(url) == {"client_id": app["appId"], "redirect_uri": "https://rp.example.com/callback",
                           "response_type": "code", "scope": "user", "state": "oauth-st"}
        answer = await afollow_login(url, "alice")
        assert calls[-1]["path"] == "/oauth/auth" and answer["state"] == "oauth-st"

        tokens = await client.get_access_token_by_code(answer["code"])
        assert calls[-1]["path"] == "/oauth/token"
        assert tokens["token_type"] == "Bearer" and tokens["scope"] == "user"
        with pytest.raises(BadRequestError):  # single-use code
            await client.get_access_token_by_code(answer["code"])

        assert (await client.get_user_info_by_access_token(tokens["access_token"]))["sub"] == user["userId"]
        assert calls[-1]["path"] == "/oauth/me"
        assert (await client.introspect_token(tokens["access_token"]))["active"] is True
        assert calls[-1]["path"] == "/oauth/token/introspection"
        assert await client.revoke_token(tokens["access_token"]) is True
        assert calls[-1]["path"] == "/oauth/token/revocation"
        assert (await client.introspect_token(tokens["access_token"]))["active"] is False


def test_sync_oauth_code_flow(emu_thread: Any) -> None:
    calls = record_requests(emu_thread.emulator)
    app = emu_thread.call(new_app, emu_thread.emulator, "client_secret_basic")
    user = emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic", protocol="oauth")) as client:
        url = client.build_authorize_url()
        assert url.startswith(f"{emu_thread.url}/oauth/auth?") and _q(url)["scope"] == "user"
        answer = follow_login(url, "alice")
        assert answer["state"] == _q(url)["state"]  # the generated state comes back unchanged
        tokens = client.get_access_token_by_code(answer["code"])
        assert calls[-1]["path"] == "/oauth/token" and calls[-1]["headers"]["Authorization"].startswith("Basic ")
        assert client.get_user_info_by_access_token(tokens["access_token"])["sub"] == user["userId"]
        assert client.introspect_token(tokens["access_token"])["active"] is True
        assert client.revoke_token(tokens["access_token"]) is True
        assert client.introspect_token(tokens["access_token"]) == {"active": False}


def test_saml_authorize_url_is_built_purely() -> None:
    # No request: the emulator has no SAML IdP (/api/v2/saml-idp/{appId}) to send it to.
    kw = {"app_id": "app 1", "app_host": "https://demo.genauth.ai/", "protocol": "saml"}
    assert AsyncAuth(**kw).build_authorize_url() == "https://demo.genauth.ai/api/v2/saml-idp/app%201"
    with SyncAuth(**kw) as client:
        assert client.build_authorize_url(state="ignored") == "https://demo.genauth.ai/api/v2/saml-idp/app%201"


# -- logout URLs -------------------------------------------------------------------------------------


def _get(url: str) -> tuple[int, str | None, bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + ("?" + parts.query if parts.query else ""))
        resp = conn.getresponse()
        return resp.status, resp.getheader("Location"), resp.read()
    finally:
        conn.close()


async def _aget(url: str) -> tuple[int, str | None, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url, allow_redirects=False) as resp:
        return resp.status, resp.headers.get("Location"), await resp.read()


def _check_easy_logout(status: int, location: str | None, body: bytes, call: dict[str, Any]) -> None:
    assert call["path"] == "/login/profile/logout" and call["query"] == {"redirect_uri": BYE}
    if status == 302:
        assert location == BYE
    else:
        # The emulator serves no hosted-login logout page: it answers the API's 404 envelope
        # naming the path, i.e. the URL reached it exactly as built.
        answer = json.loads(body)
        assert answer["statusCode"] == 404 and "/login/profile/logout" in answer["message"]


async def test_async_logout_urls_are_requested(emu: Any) -> None:
    calls = record_requests(emu)
    app = new_app(emu, logoutRedirectUris=[BYE])
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        # OIDC without a redirect: the bare session-end page.
        status, location, body = await _aget(client.build_logout_url())
        assert (status, location) == (200, None) and b"Signed out" in body
        assert calls[-1]["path"] == "/oidc/session/end" and calls[-1]["query"] == {}
        # OIDC with id_token_hint + post_logout_redirect_uri + state: redirected back with the state.
        code = (await afollow_login(client.build_authorize_url(), "alice"))["code"]
        id_token = (await client.get_access_token_by_code(code))["id_token"]
        status, location, _ = await _aget(client.build_logout_url(BYE, id_token, state="s1"))
        assert (status, location) == (302, BYE + "&state=s1")
        assert calls[-1]["query"] == {"id_token_hint": id_token, "post_logout_redirect_uri": BYE, "state": "s1"}
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="cas")) as client:
        status, location, _ = await _aget(client.build_logout_url(BYE))
        assert (status, location) == (302, BYE)
        assert calls[-1]["path"] == "/cas-idp/logout" and calls[-1]["query"] == {"url": BYE}
        status, location, body = await _aget(client.build_logout_url())
        assert (status, location, body) == (200, None, b"Signed out.")
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="oauth")) as client:
        status, location, body = await _aget(client.build_logout_url(BYE))
        _check_easy_logout(status, location, body, calls[-1])


def test_sync_logout_urls_are_requested(emu_thread: Any) -> None:
    calls = record_requests(emu_thread.emulator)
    app = emu_thread.call(new_app, emu_thread.emulator, logoutRedirectUris=[BYE])
    emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, post_logout_redirect_uri=BYE)) as client:
        with pytest.raises(ValidationError, match="together"):  # as in the official SDK
            client.build_logout_url()  # the configured redirect needs the id_token
        code = follow_login(client.build_authorize_url(), "alice")["code"]
        id_token = client.get_access_token_by_code(code)["id_token"]
        # redirect_uri defaults to the client's post_logout_redirect_uri once an id_token is given.
        status, location, _ = _get(client.build_logout_url(id_token=id_token))
        assert (status, location) == (302, BYE)
        assert calls[-1]["path"] == "/oidc/session/end"
        assert calls[-1]["query"] == {"id_token_hint": id_token, "post_logout_redirect_uri": BYE}
    with SyncAuth(**auth_kwargs(emu_thread, app, protocol="cas")) as client:
        status, location, _ = _get(client.build_logout_url(BYE))
        assert (status, location) == (302, BYE)
        assert calls[-1]["path"] == "/cas-idp/logout" and calls[-1]["query"] == {"url": BYE}
    with SyncAuth(**auth_kwargs(emu_thread, app, protocol="saml")) as client:
        status, location, body = _get(client.build_logout_url(BYE))
        _check_easy_logout(status, location, body, calls[-1])
