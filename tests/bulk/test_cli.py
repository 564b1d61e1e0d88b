"""The ``genauth`` command end to end: files in, report and summary out, interrupt and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from genauth_async._cli_report import report_lines
from genauth_async.cli import main
from genauth_async.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server() -> Iterator[object]:
    with Emulator.start_in_thread() as emu:
        yield emu


def _env(emu: object) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GENAUTH_ACCESS_KEY_ID=emu.access_key_id,  # type: ignore[attr-defined]
        GENAUTH_ACCESS_KEY_SECRET=emu.access_key_secret,  # type: ignore[attr-defined]
        GENAUTH_HOST=emu.url,  # type: ignore[attr-defined]
    )
    return env


def _identifiers_on(emu: object) -> Counter[str]:
    store = emu.store  # type: ignore[attr-defined]
    apps = emu.call(lambda: list(store.applications))  # type: ignore[attr-defined]
    return Counter(app["appIdentifier"] for app in apps)


def test_embedded_emulator_runs_the_sample_and_says_so(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(name, raising=False)
    code = main(["apps", "provision", str(ROOT / "examples" / "applications.jsonl"), "--no-progress"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("applications -> user pool ") and "on the embedded emulator at http://127.0.0.1:" in out[0]
    assert "nothing reaches GenAuth" in out[0]
    assert out[-1].startswith("applications: created 1000, existed 0, failed 0, unknown 0, rejected 0")


def test_bad_lines_are_reported_with_line_numbers_and_good_lines_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "apps.jsonl"
    data.write_text(
        '{"appName": "one", "appIdentifier": "one"}\n'
        "{not json\n"
        '{"appIdentifier": "no-name"}\n'
        '{"appName": "x", "appIdentifier": "x", "colour": "red"}\n'
        '{"app_name": "two", "app_identifier": "two"}\n',
        encoding="utf-8",
    )
    report = tmp_path / "report.jsonl"
    code = main(["apps", "provision", str(data), "--report", str(report), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"{data}:2: malformed JSON" in captured.err
    assert f"{data}:3: " in captured.err and "app_name" in captured.err
    assert f"{data}:4: " in captured.err and "colour" in captured.err
    assert "created 2, existed 0, failed 0, unknown 0, rejected 3" in captured.out
    lines = list(report_lines(report))
    assert sorted((entry["line"], entry["status"]) for entry in lines) == [
        (1, "created"), (2, "rejected"), (3, "rejected"), (4, "rejected"), (5, "created")]
    assert "malformed JSON" in lines[[e["line"] for e in lines].index(2)]["error"]["message"]


def test_csv_and_yaml_inputs_and_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    csv_file = tmp_path / "apps.csv"
    csv_file.write_text('appName,appIdentifier,redirectUris\nC1,c-1,"[""https://c1/cb""]"\nC2,c-2,\n')
    yaml_file = tmp_path / "apps.yaml"
    yaml_file.write_text("- appName: Y1\n  appIdentifier: y-1\n- appName: Y2\n  appIdentifier: y-2\n- 3\n")
    assert main(["apps", "provision", str(csv_file), "--dry-run"]) == 0
    assert "dry run: 2 valid, 0 invalid" in capsys.readouterr().out
    assert _identifiers_on(server) == Counter()
    assert main(["apps", "provision", str(csv_file), "--no-progress"]) == 0
    assert main(["apps", "provision", str(yaml_file), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"{yaml_file}:5: expected a mapping" in err
    assert _identifiers_on(server) == Counter({"c-1": 1, "c-2": 1, "y-1": 1, "y-2": 1})


def test_users_provision_and_call(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: object,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    assert main(["users", "provision", str(ROOT / "examples" / "users.csv"), "--no-progress"]) == 0
    assert "users: created 100" in capsys.readouterr().out
    assert main(["call", "create_application", "app_name=Called", "app_identifier=called"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["appIdentifier"] == "called"
    assert main(["call", "get_application", f"app_id={created['appId']}"]) == 0
    assert json.loads(capsys.readouterr().out)["appName"] == "Called"
    assert main(["call", "get_application", "app_id=missing"]) == 1
    assert "NotFoundError" in capsys.readouterr().err
    assert main(["call", "no_such_method"]) == 2


def test_interrupted_run_resumes_without_duplicates(tmp_path: Path, server: object) -> None:
    count = 300
    data = tmp_path / "apps.jsonl"
    data.write_text("".join(json.dumps({"appName": f"R {i}", "appIdentifier": f"r-{i}"}) + "\n"
                            for i in range(count)))
    report = tmp_path / "report.jsonl"
    server.faults.add("latency", path="/api/v3/create-application", latency=0.05)  # type: ignore[attr-defined]
    command = [sys.executable, "-m", "genauth_async.cli", "apps", "provision", str(data),
               "--report", str(report), "--concurrency", "4", "--no-progress"]
    proc = subprocess.Popen(command, env=_env(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if report.exists() and len(report.read_text().splitlines()) >= 40:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "--resume" in err
    done_first = len(list(report_lines(report)))
    assert 40 <= done_first < count
    server.faults.clear()  # type: ignore[attr-defined]
    resumed = subprocess.run([*command, "--resume"], env=_env(server), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"skipped {done_first}" in resumed.stdout
    on_server = _identifiers_on(server)
    assert set(on_server) == {f"r-{i}" for i in range(count)} and max(on_server.values()) == 1
    entries = list(report_lines(report))
    assert {e["key"] for e in entries if e["status"] in ("created", "existed")} == set(on_server)


def test_genauth_emulator_serves_until_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.cli", "emulator", "--host", "127.0.0.1", "--port", "0",
         "--access-key-id", "ak", "--access-key-secret", "sk"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        import requests

        answer = requests.post(f"{url}/api/v3/get-management-token",
                               json={"accessKeyId": "ak", "accessKeySecret": "sk"}, timeout=10).json()
        assert answer["statusCode"] == 200 and answer["data"]["access_token"]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    assert proc.returncode == 0


def _no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_bad_concurrency_is_refused_by_the_parser_before_anything_starts(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_credentials_in_env(monkeypatch)
    data = tmp_path / "apps.jsonl"
    data.write_text('{"appName": "one", "appIdentifier": "one"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["apps", "provision", str(data), "--concurrency", value, "--no-progress"])
    captured = capsys.readouterr()
    assert exited.value.code == 2
    assert "argument --concurrency:" in captured.err and "positive" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""  # no emulator was started, nothing was sent


def test_call_coerces_values_by_the_declared_parameter_type(
    capsys: pytest.CaptureFixture[str], server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    # str parameters keep digits, "true" and "null" as text; the rest is JSON-decoded
    assert main(["call", "create_user", "phone=13800000000", "username=007", "nickname=true",
                 "name=null", "email_verified=true", "password=Secret-123"]) == 0
    user = json.loads(capsys.readouterr().out)
    assert (user["phone"], user["username"], user["nickname"], user["name"]) == ("13800000000", "007", "true", "null")
    assert user["emailVerified"] is True
    # an enum of strings stays text too; wire names are accepted as well as Python names
    assert main(["call", "get_user", "user_id=13800000000", "userIdType=phone"]) == 0
    assert json.loads(capsys.readouterr().out)["userId"] == user["userId"]
    assert main(["call", "create_application", "app_name=123", "app_identifier=2024",
                 'redirect_uris=["https://a.example/cb"]', "sso_enabled=false"]) == 0
    app = json.loads(capsys.readouterr().out)
    assert (app["appName"], app["appIdentifier"]) == ("123", "2024")
    assert app["redirectUris"] == ["https://a.example/cb"]
    assert main(["call", "list_applications", "page=1", "limit=1"]) == 0  # ints decoded
    listed = json.loads(capsys.readouterr().out)
    assert len(listed["list"]) == 1 and listed["totalCount"] == 1


def test_genauth_emulator_help_shows_the_serve_flags(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["emulator", "--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    assert out.startswith("usage: genauth emulator")
    for flag in ("--host", "--port", "--access-key-id", "--db", "--fault", "--fault-seed", "--error-rate"):
        assert flag in out
    assert "{serve}" not in out
    with pytest.raises(SystemExit) as exited:
        main(["emulator", "--port", "not-a-port"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "usage: genauth emulator" in err and "--port" in err


def test_credentials_given_as_flags_are_used(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # The environment points elsewhere (a closed port, a wrong key): the flags must win.
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_ID", "env-key")
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_SECRET", "env-secret")
    monkeypatch.setenv("GENAUTH_HOST", "http://127.0.0.1:9")
    flags = ["--access-key-id", server.access_key_id,  # type: ignore[attr-defined]
             "--access-key-secret", server.access_key_secret,  # type: ignore[attr-defined]
             "--host", server.url]  # type: ignore[attr-defined]
    data = tmp_path / "apps.jsonl"
    data.write_text("".join(json.dumps({"appName": f"F {i}", "appIdentifier": f"flag-{i}"}) + "\n"
                            for i in range(3)))
    assert main(["apps", "provision", str(data), "--no-progress", *flags]) == 0
    out = capsys.readouterr().out
    assert "No credentials given" not in out and "created 3, existed 0, failed 0" in out
    assert _identifiers_on(server) == Counter({"flag-0": 1, "flag-1": 1, "flag-2": 1})
    assert main(["call", "list_applications", "limit=10", *flags]) == 0
    assert json.loads(capsys.readouterr().out)["totalCount"] == 3
    # a wrong secret in the flag reaches the same server and is refused there
    wrong = [*flags[:3], "wrong-secret", *flags[4:]]
    assert main(["call", "list_applications", *wrong]) == 1
    err = capsys.readouterr().err
    assert "Error" in err and "127.0.0.1:9" not in err


def test_the_command_runs_on_uvloop_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speedups extra's uvloop is picked up by the command itself, and plain asyncio serves without it."""
    import asyncio
    import builtins

    from genauth_async import cli

    async def loop_module() -> str:
        return type(asyncio.get_running_loop()).__module__

    pytest.importorskip("uvloop")
    assert cli._run(loop_module()).startswith("uvloop")
    real_import = builtins.__import__

    def no_uvloop(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvloop":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_uvloop)
    assert cli._run(loop_module()) == "asyncio.unix_events"
