"""SQLite persistence across restarts, and the ``serve`` command line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import jwt
import pytest
import requests

from genauth_async.testing import Emulator
from genauth_async.testing.__main__ import main

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


def _serve(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "genauth_async.testing", "serve", "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[int, str]:
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return proc.returncode, err


def test_cli_stops_on_sigint_and_honours_token_ttl_and_body_limit() -> None:
    proc = _serve("--token-ttl", "60", "--access-key-id", "cli-ak", "--access-key-secret", "cli-sk",
                  "--max-body-size", "2048")
    try:
        assert proc.stdout is not None and proc.stderr is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        banner = proc.stderr.readline()
        body = requests.post(url + "/api/v3/get-management-token",
                             json={"accessKeyId": "cli-ak", "accessKeySecret": "cli-sk"}, timeout=10).json()
        assert body["statusCode"] == 200 and body["data"]["expires_in"] == 60
        claims = jwt.decode(body["data"]["access_token"], options={"verify_signature": False})
        assert claims["exp"] - claims["iat"] == 60
        resp = requests.post(url + "/api/v3/get-management-token", json={"accessKeyId": "x" * 4096}, timeout=10)
        assert resp.status_code == 413 and resp.json()["statusCode"] == 413
        code, rest = _stop(proc, signal.SIGINT)
        assert code == 0 and "Traceback" not in rest and "KeyboardInterrupt" not in rest
        # A secret given on the command line is never echoed.
        assert "access key id cli-ak" in banner and "cli-sk" not in banner + rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_prints_the_secret_only_when_it_generated_it(tmp_path: Path) -> None:
    db = str(tmp_path / "gen.sqlite")
    secrets_seen = []
    for _ in range(2):  # the second run restores the generated secret from --db, and shows it again
        proc = _serve("--db", db)
        try:
            assert proc.stdout is not None and proc.stderr is not None
            url = proc.stdout.readline().strip()
            banner = proc.stderr.readline()
            match = re.search(r"access key id (\S+); access key secret (\S+)$", banner.strip())
            assert match, banner
            body = requests.post(url + "/api/v3/get-management-token", timeout=10,
                                 json={"accessKeyId": match[1], "accessKeySecret": match[2]}).json()
            assert body["statusCode"] == 200  # the printed secret is the working one
            secrets_seen.append(match[2])
            assert _stop(proc)[0] == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert secrets_seen[0] == secrets_seen[1]


def test_cli_help_says_the_generated_secret_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "printed to stderr" in text and "never printed" in text
    assert main(["serve", "--fault", "explode"]) == 2
