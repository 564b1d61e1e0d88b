"""examples/fastapi_app against the emulator: routes, one shared connection pool, a clean shutdown."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from _examples_support import CountingEmulator  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi_app.main import app as example_app  # noqa: E402

from genauth_async import ManagementClient  # noqa: E402
from genauth_async.testing import Fault  # noqa: E402

PASSWORD = "correct horse battery staple"
EMAIL = "ada@example.com"


@pytest.fixture
async def emulator() -> AsyncIterator[CountingEmulator]:
    # A little latency on the list endpoint keeps concurrent requests in flight at the same time.
    async with CountingEmulator(faults=[Fault(kind="latency", path="/api/v3/list-applications", latency=0.05)]) as emu:
        yield emu


@pytest.fixture
def app(emulator: CountingEmulator, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    """The example app, configured through its environment variables to use the emulator."""
    application = emulator.create_application("Example login app", "example-login")
    emulator.create_user(password=PASSWORD, email=EMAIL)
    for name, value in {
        "GENAUTH_ACCESS_KEY_ID": emulator.access_key_id,
        "GENAUTH_ACCESS_KEY_SECRET": emulator.access_key_secret,
        "GENAUTH_HOST": emulator.url,
        "GENAUTH_APP_ID": application["appId"],
        "GENAUTH_APP_SECRET": application["appSecret"],
        "GENAUTH_APP_HOST": emulator.url,
    }.items():
        monkeypatch.setenv(name, value)
    return example_app


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run the app's lifespan (startup and shutdown) around an in-process HTTP client."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://example.test") as http:
            yield http


async def test_create_and_page_through_applications(app: FastAPI, emulator: CountingEmulator) -> None:
    async with serve(app) as http:
        for i in range(5):
            resp = await http.post("/applications", json={"name": f"Portal {i}", "identifier": f"portal-{i}"})
            assert resp.status_code == 201, resp.text
            assert resp.json()["identifier"] == f"portal-{i}"
            assert resp.json()["app_id"]

        total = 6  # the five plus the sign-in application of the fixture
        seen: list[str] = []
        for page in (1, 2, 3):
            resp = await http.get("/applications", params={"page": page, "limit": 2})
            assert resp.status_code == 200, resp.text
            body = resp.json()
            assert body["total"] == total
            assert body["page"] == page and body["limit"] == 2
            assert len(body["items"]) == 2
            seen += [item["identifier"] for item in body["items"]]
        assert sorted(seen) == sorted(["example-login"] + [f"portal-{i}" for i in range(5)])

        resp = await http.get("/applications/identifiers")
        assert sorted(resp.json()) == sorted(seen)

        assert (await http.get("/applications", params={"limit": 1000})).status_code == 422
        duplicate = await http.post("/applications", json={"name": "Again", "identifier": "portal-0"})
        assert 400 <= duplicate.status_code < 500, duplicate.text


async def test_sign_in_and_ext_idp_binding_link(app: FastAPI, emulator: CountingEmulator) -> None:
    # An external identity source with a connection enabled for the sign-in application,
    # set up the way an administrator would: through the management API.
    async with ManagementClient(emulator.access_key_id, emulator.access_key_secret, host=emulator.url) as admin:
        idp = await admin.create_ext_idp(name="GitHub", type="github")
        conn = await admin.create_ext_idp_conn(
            ext_idp_id=idp.id, type="github", identifier="github-example", display_name="GitHub",
            fields={"clientId": "example-client-id", "clientSecret": "example-client-secret"},
        )
        await admin.change_ext_idp_conn_state(id=conn.id, enabled=True, app_id=os.environ["GENAUTH_APP_ID"])

    async with serve(app) as http:
        wrong = await http.post("/auth/signin", json={"email": EMAIL, "password": "nope"})
        assert wrong.status_code == 401

        resp = await http.post("/auth/signin", json={"email": EMAIL, "password": PASSWORD})
        assert resp.status_code == 200, resp.text
        tokens = resp.json()
        assert tokens["access_token"] and tokens["id_token"]

        resp = await http.post(
            "/auth/ext-idp-link",
            json={"connection": "github-example", "id_token": tokens["id_token"]},
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
        )
        assert resp.status_code == 200, resp.text
        url = resp.json()["url"]
        assert url.startswith(f"{emulator.url}/connections/github-example/link?")

        # Following the link completes the binding (immediately, in the emulator).
        async with httpx.AsyncClient() as browser:
            assert (await browser.get(url)).json()["linked"] is True

        unknown = await http.post(
            "/auth/ext-idp-link",
            json={"connection": "no-such-connection", "id_token": tokens["id_token"]},
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
        )
        assert unknown.status_code == 404
        missing = await http.post("/auth/ext-idp-link", json={"connection": "github-example", "id_token": "x"})
        assert missing.status_code == 401  # no Authorization header


async def test_concurrent_requests_share_one_connection_pool(app: FastAPI, emulator: CountingEmulator) -> None:
    concurrency = 20
    async with serve(app) as http:
        client = app.state.genauth_management

        async def wave() -> None:
            responses = await asyncio.gather(
                *(http.get("/applications", params={"page": 1, "limit": 5}) for _ in range(concurrency))
            )
            assert [r.status_code for r in responses] == [200] * concurrency

        await wave()
        await wave()
        # Every request went through the one client the lifespan made...
        assert app.state.genauth_management is client
        # ...and its pool: at most one connection per request in flight at once (plus the token
        # fetch's), reused by the second wave. A client per request would have opened 40 or more.
        assert emulator.requests_seen >= 2 * concurrency + 1  # + one management-token fetch
        assert emulator.connections <= concurrency + 1


def _unclosed_reports(caught: list[warnings.WarningMessage], caplog: pytest.LogCaptureFixture) -> list[str]:
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    return [m for m in messages if "Unclosed" in m]


async def test_shutdown_closes_the_clients_without_warnings(
    app: FastAPI, emulator: CountingEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")  # aiohttp also reports leaks to the loop's handler
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with serve(app) as http:
            assert (await http.get("/applications")).status_code == 200
            assert (await http.post("/auth/signin", json={"email": EMAIL, "password": PASSWORD})).status_code == 200
        app.state.genauth_management = app.state.genauth_authentication = None
        gc.collect()
    assert _unclosed_reports(caught, caplog) == []


async def test_the_leak_check_would_see_an_unclosed_client(
    emulator: CountingEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    """Control for the test above: a client that is never closed is reported."""
    caplog.set_level(logging.ERROR, logger="asyncio")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        leaked: Any = ManagementClient(emulator.access_key_id, emulator.access_key_secret, host=emulator.url)
        await leaked.list_applications()
        del leaked
        gc.collect()
    assert _unclosed_reports(caught, caplog)
