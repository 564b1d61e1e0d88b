"""What compat keeps of ours underneath: one pool and one token with the typed client, retries,
the token refresh, the errors it raises (not returns) and no secret in the logs.

Against the in-process emulator (``genauth_async.compat``) and a threaded one for the sync facade.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

import genauth_async
import genauth_sync
import genauth_sync.compat
from genauth_async import _base_client, compat
from genauth_async.errors import AuthenticationError, ConnectError, ValidationError
from genauth_async.testing import Emulator, Fault

from .conftest import AK, SK


@pytest_asyncio.fixture
async def emu(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Emulator]:
    async def no_pause(delay: float) -> None:
        pauses.append(delay)

    pauses: list[float] = []
    monkeypatch.setattr(_base_client, "_sleep", no_pause)
    async with Emulator(access_key_id=AK, access_key_secret=SK) as server:
        server.pauses = pauses  # type: ignore[attr-defined]
        server.token_fetches = 0  # type: ignore[attr-defined]
        issue = server.issue_management_token

        def counted() -> dict[str, Any]:
            server.token_fetches += 1  # type: ignore[attr-defined]
            return issue()

        server.issue_management_token = counted  # type: ignore[method-assign]
        yield server
    server.assert_no_handler_failures()


async def test_compat_and_typed_share_one_pool_and_one_token(emu: Emulator) -> None:
    async with genauth_async.ManagementClient(AK, SK, host=emu.url) as typed:
        legacy = compat.ManagementClient.from_client(typed)
        assert legacy.typed is typed
        created = await legacy.create_application(app_name="Shared", app_identifier="shared")
        assert created["statusCode"] == 200 and created["data"]["appIdentifier"] == "shared"
        app = await typed.get_application(app_id=created["data"]["appId"])  # a typed model
        assert app.app_identifier == "shared"
        assert (await legacy.get_application(app_id=app.app_id))["data"]["appId"] == app.app_id
        assert emu.token_fetches == 1  # type: ignore[attr-defined]
        assert legacy._view._transport is typed._transport
        await legacy.aclose()  # made from the typed client: closes nothing
        assert (await typed.list_applications()).total_count == 1


async def test_compat_made_from_arguments_owns_its_typed_client(emu: Emulator) -> None:
    closed: list[bool] = []
    async with compat.ManagementClient(AK, SK, host=emu.url, max_retries=0) as legacy:
        close = legacy.typed.aclose

        async def spy() -> None:
            closed.append(True)
            await close()

        legacy.typed.aclose = spy  # type: ignore[method-assign]
        assert isinstance(legacy.typed, genauth_async.ManagementClient)
        assert legacy.typed._max_retries == 0
        missing = await legacy.get_application(app_id="no-such-app")
        assert missing["statusCode"] == 404 and missing["apiCode"] == 2011 and missing["requestId"]
        # The same answer from the typed client is raised, with the same facts.
        with pytest.raises(genauth_async.errors.NotFoundError) as raised:
            await legacy.typed.get_application(app_id="no-such-app")
        assert raised.value.api_code == 2011
    assert closed == [True]


async def test_server_failures_are_retried_and_the_last_answer_returned(emu: Emulator) -> None:
    async with compat.ManagementClient(AK, SK, host=emu.url) as legacy:
        await legacy.list_applications()
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=1))
        ok = await legacy.list_applications()
        assert ok["statusCode"] == 200 and len(emu.pauses) == 1  # type: ignore[attr-defined]
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=3))
        failed = await legacy.list_applications()  # three 500s: the retries (2) are spent
        assert failed["statusCode"] == 500 and failed["message"] == "Internal server error (injected)"
        assert len(emu.pauses) == 3  # type: ignore[attr-defined]
        # A POST that may have been acted on is not repeated (the official SDK never retried at all).
        emu.faults.add(Fault(kind="error", path="/api/v3/create-application", count=1))
        once = await legacy.create_application(app_name="Once", app_identifier="once")
        assert once["statusCode"] == 500 and len(emu.pauses) == 3  # type: ignore[attr-defined]


async def test_expired_management_token_is_refreshed_not_returned(emu: Emulator) -> None:
    async with compat.ManagementClient(AK, SK, host=emu.url) as legacy:
        assert (await legacy.list_applications())["statusCode"] == 200
        emu.advance_clock(7300)  # the official SDK would send the old token and return 401
        assert (await legacy.list_applications())["statusCode"] == 200
        assert emu.token_fetches == 2  # type: ignore[attr-defined]


async def test_token_failure_and_network_failure_raise(emu: Emulator) -> None:
    async with compat.ManagementClient(AK, "wrong-secret", host=emu.url) as legacy:
        with pytest.raises(AuthenticationError) as raised:
            await legacy.list_applications()
        assert raised.value.statusCode == 401 and "wrong-secret" not in str(raised.value)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound and not listening: connections are refused
        async with compat.ManagementClient(AK, SK, host=f"http://127.0.0.1:{port}", max_retries=0) as dead:
            with pytest.raises(ConnectError):
                await dead.list_applications()


async def test_bad_arguments_raise_before_sending(emu: Emulator) -> None:
    async with compat.ManagementClient(AK, SK, host=emu.url) as legacy:
        with pytest.raises(ValidationError, match="app_id"):
            await legacy.get_application(app_id="")
        with pytest.raises(ValidationError, match="client"):
            compat.ManagementClient.from_client(genauth_async.AuthenticationClient("app", emu.url))
    assert emu.token_fetches == 0  # type: ignore[attr-defined]


async def test_authentication_helpers_answer_the_official_shapes(emu: Emulator) -> None:
    app = emu.create_application("Login", "login")
    emu.create_user(email="a@example.com", password="passw0rd")
    async with compat.AuthenticationClient(app["appId"], emu.url, app["appSecret"],
                                           redirect_uri="https://app.example.com/cb") as legacy:
        assert legacy.build_authorize_url(state="s1").startswith(f"{emu.url}/oidc/auth?")
        wrong = await legacy.sign_in_by_email_password("a@example.com", "nope")
        assert wrong["statusCode"] != 200 and wrong["message"]
        signed = await legacy.sign_in_by_email_password("a@example.com", "passw0rd")
        assert signed["statusCode"] == 200
        legacy.set_access_token(signed["data"]["access_token"])
        profile = await legacy.get_profile()
        assert profile["data"]["email"] == "a@example.com"
        assert (await legacy.typed.get_profile()).email == "a@example.com"  # the token is shared
        refused = await legacy.get_access_token_by_code("no-such-code")  # an OAuth error body, returned
        assert refused["error"] == "invalid_grant"
        assert await legacy.revoke_token("no-such-token") is True
        claims = await legacy.introspect_token_offline(signed["data"]["access_token"])
        assert claims["aud"] == app["appId"]


async def test_no_secret_in_logs(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="genauth_async")
    async with compat.ManagementClient(AK, SK, host=emu.url) as legacy:
        await legacy.create_user(email="s@example.com", password="very-secret-pw")
        await legacy.get_application(app_id="no-such-app")
    assert caplog.records
    assert SK not in caplog.text and "very-secret-pw" not in caplog.text


def test_sync_compat_shares_the_typed_facade_portal() -> None:
    handle = Emulator.start_in_thread(access_key_id=AK, access_key_secret=SK)
    try:
        with genauth_sync.ManagementClient(AK, SK, host=handle.url) as typed:
            legacy = genauth_sync.compat.ManagementClient.from_client(typed)
            assert legacy.typed is typed
            created = legacy.create_application(app_name="Sync", app_identifier="sync")
            assert created["statusCode"] == 200
            assert typed.get_application(app_id=created["data"]["appId"]).app_name == "Sync"
            legacy.close()  # made from the typed facade: closes nothing
            assert typed.list_applications().total_count == 1
        with genauth_sync.compat.ManagementClient(AK, SK, host=handle.url) as owned:
            assert owned.get_application(app_id="nope")["apiCode"] == 2011
        with pytest.raises(RuntimeError, match="closed"):
            owned.get_application(app_id="nope")
    finally:
        handle.stop()
