"""SQLite persistence across restarts, and the ``serve`` command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import requests

from genauth_async.testing import Emulator

from .conftest import Api


async def test_state_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "emu.sqlite")
    async with Emulator(db=db) as first, aiohttp.ClientSession() as session:
        api = Api(first, session)
        app = await api.ok("POST", "/api/v3/create-application", {"appName": "Kept", "appIdentifier": "kept"})
        await api.ok("POST", "/api/v3/create-user", {"email": "kept@example.com", "password": "pw"})
        await api.ok("POST", "/api/v3/create-application", {"appName": "Gone", "appIdentifier": "gone"})
        gone = (await api.ok("GET", "/api/v3/list-applications"))["list"][1]["appId"]
        await api.ok("POST", "/api/v3/delete-application", {"appId": gone})
        headers = await api.headers()
        keys = (first.user_pool_id, first.access_key_id, first.access_key_secret)
    async with Emulator(db=db) as second, aiohttp.ClientSession() as session:
        assert (second.user_pool_id, second.access_key_id, second.access_key_secret) == keys
        api = Api(second, session)
        # The old management token is still valid: the signing secret was persisted too.
        listed = await api.get("/api/v3/list-applications", headers=headers)
        assert [a["appId"] for a in listed["data"]["list"]] == [app["appId"]]
        dup = await api.post("/api/v3/create-application", {"appName": "Again", "appIdentifier": "kept"})
        assert dup["apiCode"] == 2039
        users = await api.ok("POST", "/api/v3/list-users", {})
        assert users["list"][0]["email"] == "kept@example.com"


def test_cli_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.testing", "serve", "--port", "0", "--access-key-id", "cli-ak",
         "--access-key-secret", "cli-sk", "--db", str(tmp_path / "cli.sqlite"), "--fault", "latency:ms=1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        body = requests.post(url + "/api/v3/get-management-token",
                             json={"accessKeyId": "cli-ak", "accessKeySecret": "cli-sk"}, timeout=10).json()
        assert body["statusCode"] == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
