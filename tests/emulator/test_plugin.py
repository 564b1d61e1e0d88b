"""The pytest plugin's fixtures (imported here because the package may not be installed)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import requests

# The package may not be installed (no pytest11 entry point): register the plugin's fixtures here.
from genauth_async.testing.pytest_plugin import *  # noqa: F403


def test_plugin_import_is_light() -> None:
    code = (
        "import sys, genauth_async.testing.pytest_plugin; "
        "bad = [m for m in ('aiohttp', 'jwt', 'cryptography', 'genauth_async.testing.server') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert "genauth_async.testing.server" not in out and "jwt" not in out


async def test_in_process_fixture(genauth_emulator: Any) -> None:
    app = genauth_emulator.create_application("Plugin", "plugin")
    assert genauth_emulator.store.applications.get(app["appId"])["appName"] == "Plugin"
    assert genauth_emulator.url.startswith("http://127.0.0.1:")


def test_url_fixture(genauth_emulator_url: str) -> None:
    body = requests.post(genauth_emulator_url + "/api/v3/get-management-token", json={}, timeout=10).json()
    assert body["statusCode"] == 400


async def test_async_management_client_fixture(genauth_management_client: Any) -> None:
    result = await genauth_management_client.create_application(app_name="Via SDK", app_identifier="via-sdk")
    app_id = getattr(result, "app_id", None) or result["appId"]
    assert app_id


def test_sync_management_client_fixture(genauth_sync_management_client: Any) -> None:
    result = genauth_sync_management_client.create_application(app_name="Via sync", app_identifier="via-sync")
    assert getattr(result, "app_id", None) or result["appId"]


async def test_async_authentication_client_fixture(genauth_emulator: Any, genauth_authentication_client: Any) -> None:
    genauth_emulator.create_user(email="fixture@example.com", password="pw")
    client = genauth_authentication_client
    tokens = await client.sign_in_by_email_password("fixture@example.com", "pw")
    assert genauth_emulator.verify_user_token(tokens.access_token)["aud"] == client.app_id


def test_sync_authentication_client_fixture(genauth_emulator_thread: Any, genauth_sync_authentication_client: Any) -> None:
    handle = genauth_emulator_thread
    user = handle.call(handle.emulator.create_user, email="sync-fixture@example.com", password="pw")
    app = handle.call(handle.emulator.store.applications.find, "appIdentifier", "sync-fixture")
    assert app["appName"] == "Sync Fixture App"
    client = genauth_sync_authentication_client
    tokens = client.sign_in_by_email_password("sync-fixture@example.com", "pw")
    claims = handle.call(handle.emulator.verify_user_token, tokens.access_token)
    assert claims["aud"] == app["appId"] and claims["sub"] == user["userId"]
    client.set_access_token(tokens.access_token)
    assert client.get_profile().email == "sync-fixture@example.com"
