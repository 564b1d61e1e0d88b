"""Issue 16 on the sync facade: argument checks at construction and per call, and a sync call made
from a thread whose event loop is running (warned once; its timeout says what hung)."""

from __future__ import annotations

import asyncio
import math
import warnings
from pathlib import Path
from typing import Any

import pytest

import genauth_sync
from genauth_async.errors import APITimeoutError, ValidationError
from genauth_async.testing import Emulator
from tests.support.fake_server import FakeServer


@pytest.mark.parametrize(
    ("args", "kwargs", "param"),
    [
        ((123, 456), {}, "access_key_id"),
        (("ak", "sk"), {"timeout": 0}, "timeout"),
        (("ak", "sk"), {"timeout": -3}, "timeout"),
        (("ak", "sk"), {"timeout": math.nan}, "timeout"),
        (("ak", "sk"), {"timeout": True}, "timeout"),
        (("ak", "sk"), {"deadline": math.inf}, "deadline"),
        (("ak", "sk"), {"max_retries": -1}, "max_retries"),
        (("ak", "sk"), {"verify": 3}, "verify"),
    ],
)
def test_sync_constructor_checks_its_arguments(args: tuple[Any, ...], kwargs: dict[str, Any], param: str) -> None:
    with pytest.raises(ValidationError) as info:
        genauth_sync.ManagementClient(*args, **kwargs)
    assert info.value.param == param


def test_sync_authentication_constructor_checks(server: FakeServer) -> None:
    with pytest.raises(ValidationError, match="app_id"):
        genauth_sync.AuthenticationClient(42, server.url)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="timeout"):
        genauth_sync.AuthenticationClient("app-1", server.url, timeout=-1)


def test_sync_per_call_checks_before_sending(server: FakeServer) -> None:
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        with pytest.raises(ValidationError, match="request_timeout"):
            client.get_application("a", request_timeout=0)
        with pytest.raises(ValidationError, match="request_timeout"):
            client.get_application("a", request_timeout=float("inf"))
        with pytest.raises(ValidationError, match="must not contain"):
            client.get_application("a", extra_headers={"x-trace": "a\r\nb"})
        with pytest.raises(ValidationError, match="app_id"):
            client.get_application("")
        with pytest.raises(ValidationError, match="redirect_uris"):
            client.create_application(app_name="n", app_identifier="i", redirect_uris=[1])  # type: ignore[list-item]
        with pytest.raises(ValidationError, match="encoded"):
            client.create_application(app_name="\ud800", app_identifier="i")
        with pytest.raises(ValidationError, match="deadline"):
            client.request("GET", "/api/v3/get-application", deadline=0)
    assert server.requests == []


async def test_sync_call_on_a_running_loop_warns_once_and_names_what_timed_out() -> None:
    # The emulator runs on this very loop: a sync call blocks the loop, so nothing can answer it.
    async with Emulator() as emu:
        app = emu.create_application(app_name="Loop", app_identifier="loop")
        client = genauth_sync.AuthenticationClient(app["appId"], emu.url, timeout=0.3, max_retries=0)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                with pytest.raises(APITimeoutError) as info:
                    client.get_profile()
                with pytest.raises(APITimeoutError):
                    client.get_profile()
            assert str(info.value) == "get_profile GET /api/v3/get-profile timed out after 0.3 s"
            loop_warnings = [w for w in caught if issubclass(w.category, RuntimeWarning)]
            assert len(loop_warnings) == 1  # once per client
            text = str(loop_warnings[0].message)
            assert "event loop is running" in text
            assert "Await the genauth_async client" in text and "asyncio.to_thread" in text
            assert Path(loop_warnings[0].filename).name == "test_sync_hardening.py"
            # The fix it names works: from a worker thread the loop stays free to serve the call.
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                profile_error = await asyncio.to_thread(_profile_error, client)
            assert profile_error is not None and not isinstance(profile_error, APITimeoutError)
        finally:
            await asyncio.to_thread(client.close)


def _profile_error(client: Any) -> BaseException | None:
    """The emulator answers get-profile without a user token with an API error, not a hang."""
    try:
        client.get_profile()
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        return exc
    return None


def test_sync_call_without_a_loop_does_not_warn(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-application", {"appId": "a"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
            client.request("GET", "/api/v3/get-application")


def test_sync_constructor_checks_without_importing_aiohttp() -> None:
    """The facade checks its arguments before its async twin (and aiohttp) is ever loaded."""
    import subprocess
    import sys

    code = (
        "import sys, genauth_sync\n"
        "from genauth_async.errors import ValidationError\n"
        "try:\n"
        "    genauth_sync.ManagementClient(123, 456)\n"
        "except ValidationError as e:\n"
        "    assert e.param == 'access_key_id'\n"
        "else:\n"
        "    raise SystemExit('not refused')\n"
        "genauth_sync.ManagementClient('ak', 'sk', timeout=5, deadline=20, trust_env=True)\n"
        "genauth_sync.AuthenticationClient('app', 'https://app.example')\n"
        "assert 'aiohttp' not in sys.modules, 'aiohttp imported by construction'\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
