"""Clients with the protocol helpers, bound to an emulator that also serves the event endpoints.

Until the generated clients include the helper mixins, the clients are composed here from the
generated ones; the sync client gets wrappers built from ``HELPERS`` exactly as the generator is
asked to emit them. Once the generator wires them in, the real classes are used unchanged.
"""

from __future__ import annotations

import http.client
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
import pytest_asyncio

import genauth_sync._generated.clients as sync_clients
from genauth_async._generated import clients as async_clients
from genauth_async.protocols import HELPERS
from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin
from genauth_async.testing import Emulator
from genauth_async.testing import events as emu_events

REDIRECT = "https://rp.example.com/callback"
SERVICE = "https://cas-client.example.com/home?x=1"
PASSWORD = "Passw0rd!x"
METHODS = ("client_secret_post", "client_secret_basic", "none")


# The real clients: the generator puts the helper mixins first in their bases.
assert issubclass(async_clients.AuthenticationClient, AuthenticationProtocolMixin)
assert issubclass(async_clients.ManagementClient, ManagementEventsMixin)
AsyncAuth: Any = async_clients.AuthenticationClient
AsyncMgmt: Any = async_clients.ManagementClient
SyncAuth: Any = sync_clients.AuthenticationClient
SyncMgmt: Any = sync_clients.ManagementClient
assert all(hasattr(SyncAuth if c == "authentication" else SyncMgmt, name) for c, name, _ in HELPERS)


def new_app(emu: Any, method: str = "client_secret_post", **fields: Any) -> dict[str, Any]:
    oidc = {
        "token_endpoint_auth_method": method,
        "introspection_endpoint_auth_method": method,
        "revocation_endpoint_auth_method": method,
    }
    suffix = f"{len(emu.store.applications) + 1}"
    return emu.create_application(f"Proto {suffix}", f"proto-{suffix}", redirectUris=[REDIRECT],
                                  oidcConfig=oidc, **fields)


def new_user(emu: Any, name: str = "alice") -> dict[str, Any]:
    return emu.create_user(password=PASSWORD, email=f"{name}@example.com", username=name, phone="13800000000")


def auth_kwargs(emu: Any, app: dict[str, Any], method: str = "client_secret_post", **extra: Any) -> dict[str, Any]:
    return {
        "app_id": app["appId"],
        "app_host": emu.url,
        "app_secret": app["appSecret"],
        "redirect_uri": REDIRECT,
        "token_endpoint_auth_method": method,
        "introspection_endpoint_auth_method": method,
        "revocation_endpoint_auth_method": method,
        "websocket_host": emu.url.replace("http://", "ws://"),
        "max_retries": 0,
        **extra,
    }


def follow_login(url: str, user_hint: str) -> dict[str, str]:
    """GET the authorize/login URL with the emulator's non-interactive ``login_hint``; return the
    redirect's query parameters (code/ticket, state)."""
    parts = urlsplit(url + ("&" if "?" in url else "?") + "login_hint=" + user_hint)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + "?" + parts.query)
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 302, resp.status
        location = resp.getheader("Location") or ""
    finally:
        conn.close()
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


async def afollow_login(url: str, user_hint: str) -> dict[str, str]:
    async with aiohttp.ClientSession() as session:
        sep = "&" if "?" in url else "?"
        async with session.get(url + sep + "login_hint=" + user_hint, allow_redirects=False) as resp:
            assert resp.status == 302, await resp.text()
            location = resp.headers["Location"]
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def record_requests(server: Any) -> list[dict[str, Any]]:
    """Record every request the emulator ``server`` receives (method, path, query, headers, raw body).

    Wraps the instance's dispatch, which its catch-all route looks up per request, so it works on a
    running emulator (in this loop or in its thread) without touching genauth_async.testing.
    """
    calls: list[dict[str, Any]] = []
    original = server._dispatch

    async def dispatch(request: Any) -> Any:
        call = {"method": request.method, "path": request.path, "query": dict(request.query),
                "query_items": list(request.query.items()), "headers": dict(request.headers), "raw": b""}
        calls.append(call)
        try:
            return await original(request)
        finally:
            # Read afterwards: the emulator skips the body once it is consumed, and aiohttp hands
            # a body it has already read back from its cache.
            call["raw"] = await request.read()

    server._dispatch = dispatch
    return calls


def form_of(call: dict[str, Any]) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(call["raw"].decode()).items()}


@pytest_asyncio.fixture
async def emu() -> AsyncIterator[Emulator]:
    server = Emulator(access_key_id="ak-proto", access_key_secret="sk-proto")
    emu_events.register(server.router)
    await server.start()
    try:
        yield server
    finally:
        await emu_events.close_all(server)
        await server.stop()
    server.assert_no_handler_failures()


@pytest.fixture
def emu_thread() -> Iterator[Any]:
    handle = Emulator.start_in_thread(access_key_id="ak-proto", access_key_secret="sk-proto")
    handle.call(emu_events.register, handle.router)
    try:
        yield handle
    finally:
        import asyncio

        asyncio.run_coroutine_threadsafe(emu_events.close_all(handle.emulator), handle._loop).result(10)
        handle.stop()
    handle.emulator.assert_no_handler_failures()
