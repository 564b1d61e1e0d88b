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

import pytest

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
    assert out[0].startswith("No credentials given") and "emulator" in out[0]
    assert out[-1].startswith("applications: created 1000, existed 0, failed 0")


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
    assert "created 2, existed 0, failed 3" in captured.out
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert sorted((entry["line"], entry["status"]) for entry in lines) == [(1, "created"), (5, "created")]


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
    done_first = len(report.read_text().splitlines())
    assert 40 <= done_first < count
    server.faults.clear()  # type: ignore[attr-defined]
    resumed = subprocess.run([*command, "--resume"], env=_env(server), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"skipped {done_first}" in resumed.stdout
    on_server = _identifiers_on(server)
    assert set(on_server) == {f"r-{i}" for i in range(count)} and max(on_server.values()) == 1
    entries = [json.loads(line) for line in report.read_text().splitlines()]
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
