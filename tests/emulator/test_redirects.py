"""The emulator redirects only to URIs the application registered (issue 17, point 5).

``/oidc/auth`` and ``/oauth/auth`` refuse an unregistered ``redirect_uri``, also (especially) for
an application with none registered; ``/oidc/session/end`` follows ``post_logout_redirect_uri``
only when the application named by ``id_token_hint`` or ``client_id`` registered it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
import pytest_asyncio

from genauth_async.testing import Emulator
from genauth_async.testing._wire import ProtocolError

CB = "https://rp.example.com/cb"
BYE = "https://rp.example.com/bye"
EVIL = "https://evil.example.com/steal"


@pytest_asyncio.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def _get(s: aiohttp.ClientSession, url: str, **params: str) -> tuple[int, str | None, Any]:
    async with s.get(url, params=params, allow_redirects=False) as resp:
        body = await resp.json() if resp.content_type == "application/json" else await resp.text()
        return resp.status, resp.headers.get("Location"), body


@pytest.mark.parametrize("base", ["/oidc", "/oauth"])
async def test_authorize_refuses_unregistered_redirect_uris(emu: Emulator, session: aiohttp.ClientSession,
                                                            base: str) -> None:
    bare = emu.create_application("Bare", "bare")  # no redirect URI registered at all
    app = emu.create_application("Registered", "registered", redirectUris=[CB])
    emu.create_user(email="r@example.com", password="pw")
    url = emu.url + base + "/auth"
    for client, redirect in ((bare, EVIL), (bare, CB), (app, EVIL), (app, CB + "/more"), (app, CB + "?x=1")):
        for extra in ({"login_hint": "r@example.com"}, {}):  # signed in at once, or the login form
            status, location, body = await _get(session, url, client_id=client["appId"], redirect_uri=redirect,
                                                state="s", **extra)
            assert (status, location) == (400, None), (client["appName"], redirect, extra)
            assert body == {"error": "invalid_request",
                            "error_description": "redirect_uri is not registered for this application"
                            if client is app else
                            "the application has no registered redirect URI (set its redirectUris)"}
    # Without redirect_uri: the registered one, or nothing at all.
    status, location, body = await _get(session, url, client_id=bare["appId"], login_hint="r@example.com")
    assert (status, location, body["error"]) == (400, None, "invalid_request")
    status, location, _ = await _get(session, url, client_id=app["appId"], login_hint="r@example.com", state="s")
    assert status == 302 and location is not None and location.startswith(CB + "?")
    # The registered URI, exactly: a code comes back to it.
    status, location, _ = await _get(session, url, client_id=app["appId"], redirect_uri=CB,
                                     login_hint="r@example.com", state="s")
    assert status == 302 and location is not None
    parts = urlsplit(location)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == CB and parse_qs(parts.query)["state"] == ["s"]
    # The login form posted back with an unregistered redirect_uri is refused as well.
    async with session.post(url, data={"client_id": app["appId"], "redirect_uri": EVIL, "account": "r@example.com",
                                       "password": "pw"}, allow_redirects=False) as resp:
        assert resp.status == 400 and "Location" not in resp.headers


def test_in_process_authorize_checks_the_redirect_uri(emu: Emulator) -> None:
    bare = emu.create_application("Bare", "bare")
    app = emu.create_application("Registered", "registered", redirectUris=[CB])
    user = emu.create_user(email="r@example.com")
    for client, redirect in ((bare, CB), (app, EVIL)):
        with pytest.raises(ProtocolError) as err:
            emu.authorize(client["appId"], user["userId"], redirect)
        assert err.value.error == "invalid_request"
    assert emu.authorize(app["appId"], user["userId"], CB)
    assert emu.authorize(bare["appId"], user["userId"])  # no redirect asked for: nothing to check


async def test_session_end_redirects_only_to_registered_logout_uris(emu: Emulator,
                                                                  session: aiohttp.ClientSession) -> None:
    app = emu.create_application("Logout", "logout", redirectUris=[CB], logoutRedirectUris=[BYE])
    bare = emu.create_application("Bare", "bare", redirectUris=[CB])  # no logout URI registered
    user = emu.create_user(email="l@example.com")
    hint = emu.issue_user_tokens(app, user)["id_token"]
    bare_hint = emu.issue_user_tokens(bare, user)["id_token"]
    url = emu.url + "/oidc/session/end"
    for params, reason in (
        ({"post_logout_redirect_uri": BYE}, "needs id_token_hint (or client_id)"),
        ({"post_logout_redirect_uri": EVIL}, "needs id_token_hint (or client_id)"),
        ({"post_logout_redirect_uri": EVIL, "id_token_hint": hint}, "not registered"),
        ({"post_logout_redirect_uri": EVIL, "client_id": app["appId"]}, "not registered"),
        ({"post_logout_redirect_uri": BYE, "id_token_hint": bare_hint}, "not registered"),
        ({"post_logout_redirect_uri": BYE, "client_id": bare["appId"]}, "not registered"),
        ({"post_logout_redirect_uri": BYE, "client_id": "no-such-app"}, "names no application"),
    ):
        status, location, page = await _get(session, url, **params)
        assert (status, location) == (400, None), params
        assert reason in page, (params, page)
    status, location, _ = await _get(session, url, post_logout_redirect_uri=BYE, id_token_hint=hint, state="s1")
    assert (status, location) == (302, BYE + "?state=s1")
    status, location, _ = await _get(session, url, post_logout_redirect_uri=BYE, client_id=app["appId"])
    assert (status, location) == (302, BYE)
    status, location, page = await _get(session, url, client_id=bare["appId"])  # no redirect asked for
    assert (status, location) == (200, None) and "Signed out" in page
