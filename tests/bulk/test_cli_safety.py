"""The ``genauth`` command tried as a new user would, against something that behaves like production."""

from __future__ import annotations

import io
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

from genauth_async._cli_provision import _Progress
from genauth_async._cli_report import report_lines
from genauth_async._input import open_input
from genauth_async.bulk import ProvisionSummary
from genauth_async.cli import main
from genauth_async.testing import Emulator
from tests.support.fake_server import closed_port

from ._proxy import FaultProxy

CREATE = "/api/v3/create-application"
TOKEN = "/api/v3/get-management-token"
ENV = ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST")


@pytest.fixture
def emu() -> Iterator[Any]:
    with Emulator.start_in_thread() as server:
        yield server


@pytest.fixture
def proxied(emu: Any) -> Iterator[FaultProxy]:
    """A proxy in front of the emulator, on a thread of its own (the command runs its own loop)."""
    proxy = FaultProxy(emu.url).open()
    try:
        yield proxy
    finally:
        proxy.close()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def _use(monkeypatch: pytest.MonkeyPatch, emu: Any, host: str, secret: str | None = None) -> None:
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_ID", emu.access_key_id)
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_SECRET", secret or emu.access_key_secret)
    monkeypatch.setenv("GENAUTH_HOST", host)


def _apps_file(tmp_path: Path, n: int, prefix: str) -> Path:
    data = tmp_path / f"{prefix}.jsonl"
    data.write_text("".join(json.dumps({"appName": f"{prefix} {i}", "appIdentifier": f"{prefix}-{i}"}) + "\n"
                            for i in range(n)))
    return data


def _identifiers(emu: Any) -> Counter[str]:
    return emu.call(lambda: Counter(app["appIdentifier"] for app in emu.store.applications))  # type: ignore[no-any-return]


# -- where the run goes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "flags", "expected"),
    [
        ({"GENAUTH_HOST": "H", "GENAUTH_ACCESS_KEY_ID": "I"}, [], "$GENAUTH_ACCESS_KEY_SECRET (or --access-key-secret) missing"),
        ({"GENAUTH_ACCESS_KEY_ID": "I", "GENAUTH_ACCESS_KEY_SECRET": "S"}, ["--emulator", "--host", "H"],
         "--emulator cannot be combined with --host"),
        ({}, ["--host", "H"], "$GENAUTH_ACCESS_KEY_ID (or --access-key-id) and $GENAUTH_ACCESS_KEY_SECRET"),
        ({"GENAUTH_ACCESS_KEY_SECRET": "S"}, [], "$GENAUTH_ACCESS_KEY_ID (or --access-key-id) missing"),
        ({"GENAUTH_ACCESS_KEY_ID": "I", "GENAUTH_ACCESS_KEY_SECRET": "S"}, ["--host", "api.example"],
         "must be a URL"),
    ],
)
def test_a_partial_configuration_is_a_usage_error_and_sends_nothing(
    env: dict[str, str], flags: list[str], expected: str, tmp_path: Path, proxied: FaultProxy,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, proxied.url if value == "H" else value)
    flags = [proxied.url if flag == "H" else flag for flag in flags]
    code = main(["apps", "provision", str(_apps_file(tmp_path, 3, "partial")), "--no-progress", *flags])
    captured = capsys.readouterr()
    assert code == 2
    assert expected in captured.err and "Traceback" not in captured.err
    assert captured.out == ""  # no emulator was started
    assert sum(proxied.seen.values()) == 0  # and nothing reached the host


def test_the_emulator_only_when_asked_and_the_first_line_names_host_and_pool(
    tmp_path: Path, emu: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _use(monkeypatch, emu, emu.url)
    data = _apps_file(tmp_path, 3, "first")
    assert main(["apps", "provision", str(data), "--no-progress"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"applications -> user pool {emu.user_pool_id} at {emu.url}"
    # --emulator wins over the environment, and says so; the configured server is untouched
    assert main(["apps", "provision", str(_apps_file(tmp_path, 2, "embedded")), "--no-progress", "--emulator"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "on the embedded emulator at http://127.0.0.1:" in first and "asked for with --emulator" in first
    assert _identifiers(emu) == Counter({"first-0": 1, "first-1": 1, "first-2": 1})


# -- the report knows where it was written ---------------------------------------------------


def test_resume_refuses_a_report_from_another_emulator(tmp_path: Path, emu: Any,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data = _apps_file(tmp_path, 5, "origin")
    report = tmp_path / "report.jsonl"
    _use(monkeypatch, emu, emu.url)
    assert main(["apps", "provision", str(data), "--report", str(report), "--no-progress"]) == 0
    header = json.loads(report.read_text().splitlines()[0])
    assert (header["host"], header["userpool_id"], header["kind"]) == (emu.url, emu.user_pool_id, "applications")
    capsys.readouterr()
    with Emulator.start_in_thread() as other:
        _use(monkeypatch, other, other.url)
        assert main(["apps", "provision", str(data), "--report", str(report), "--resume", "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert f"was written for applications in user pool {emu.user_pool_id} at {emu.url}" in err
        assert other.call(lambda: len(list(other.store.applications))) == 0  # nothing skipped, nothing made
    # Same host, same pool, but another kind of resource: refused before any request.
    _use(monkeypatch, emu, emu.url)
    assert main(["users", "provision", str(data), "--report", str(report), "--resume", "--no-progress"]) == 2
    assert "but this run goes to users" in capsys.readouterr().err
    # A file with no header cannot be checked, so it is not trusted.
    bare = tmp_path / "bare.jsonl"
    bare.write_text('{"index": 0, "key": "origin-0", "status": "created"}\n')
    assert main(["apps", "provision", str(data), "--report", str(bare), "--resume", "--no-progress"]) == 2
    assert "no header line" in capsys.readouterr().err


def test_resume_against_the_same_pool_skips_what_is_done(tmp_path: Path, emu: Any,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = _apps_file(tmp_path, 6, "again")
    report = tmp_path / "report.jsonl"
    _use(monkeypatch, emu, emu.url)
    assert main(["apps", "provision", str(data), "--report", str(report), "--no-progress"]) == 0
    assert main(["apps", "provision", str(data), "--report", str(report), "--resume", "--no-progress"]) == 0
    assert "skipped 6 (done earlier)" in capsys.readouterr().out
    headers = [json.loads(line) for line in report.read_text().splitlines() if "genauth_report" in line]
    assert [h["resumed"] for h in headers] == [False, True]


# -- gateways, refused keys, closed ports ----------------------------------------------------


def test_gateway_pages_after_the_server_acted_end_created_not_failed(
    tmp_path: Path, emu: Any, proxied: FaultProxy, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxied.gateway_after(CREATE, every=2, status=502)
    proxied.gateway_after(CREATE, every=3, status=504)
    _use(monkeypatch, emu, proxied.url)
    report = tmp_path / "report.jsonl"
    assert main(["apps", "provision", str(_apps_file(tmp_path, 50, "gw")), "--report", str(report),
                 "--no-progress"]) == 0
    assert "created 50, existed 0, failed 0, unknown 0" in capsys.readouterr().out
    entries = list(report_lines(report))
    assert Counter(e["status"] for e in entries) == Counter({"created": 50})
    assert sum(1 for e in entries if e.get("recovered")) == 25 + 8  # every 2nd, and every 3rd of the odd ones
    assert _identifiers(emu) == Counter({f"gw-{i}": 1 for i in range(50)})
    assert proxied.seen[CREATE] == 50  # looked up, never sent twice


def test_a_wrong_secret_makes_one_token_request_and_one_message(
    tmp_path: Path, emu: Any, proxied: FaultProxy, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, emu, proxied.url, secret="wrong-secret")
    started = time.monotonic()
    code = main(["apps", "provision", str(_apps_file(tmp_path, 1000, "wrong")), "--no-progress"])
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    print(f"\nwrong secret: exit {code} after {elapsed:.2f} s, {proxied.seen[TOKEN]} token request(s)")
    assert code == 3
    assert proxied.seen[TOKEN] == 1 and proxied.seen[CREATE] == 0
    assert captured.err.strip().splitlines() == [
        f"genauth: {proxied.url} refused to start the run: Invalid accessKeyId or accessKeySecret "
        f"(statusCode=401, requestId={captured.err.split('requestId=')[1].split(')')[0]})"]
    assert "wrong-secret" not in captured.err + captured.out


def test_a_closed_port_ends_the_run_at_once(tmp_path: Path, emu: Any, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    host = f"http://127.0.0.1:{closed_port()}"
    _use(monkeypatch, emu, host)
    started = time.monotonic()
    code = main(["apps", "provision", str(_apps_file(tmp_path, 1000, "closed")), "--no-progress"])
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    print(f"\nclosed port: exit {code} after {elapsed:.2f} s for 1,000 items")
    assert code == 3
    assert captured.err.startswith(f"genauth: cannot reach {host}:") and len(captured.err.splitlines()) == 1
    assert captured.out == ""


def test_max_attempts_bounds_the_work_per_item(tmp_path: Path, emu: Any, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    emu.faults.add("error", path=CREATE)  # every create answers a 5xx without acting
    _use(monkeypatch, emu, emu.url)
    report = tmp_path / "report.jsonl"
    assert main(["apps", "provision", str(_apps_file(tmp_path, 4, "budget")), "--report", str(report),
                 "--max-attempts", "2", "--no-progress"]) == 1
    entries = list(report_lines(report))
    assert [e["attempts"] for e in entries] == [2, 2, 2, 2]
    assert {e["status"] for e in entries} == {"failed"}  # each looked up after its 5xx: confirmed absent
    assert "failed 4" in capsys.readouterr().out


# -- signals ---------------------------------------------------------------------------------


def test_sigterm_finishes_the_items_in_flight_reports_them_and_resume_completes(tmp_path: Path, emu: Any) -> None:
    count = 300
    data = _apps_file(tmp_path, count, "term")
    report = tmp_path / "report.jsonl"
    emu.faults.add("latency", path=CREATE, latency=0.05)
    env = {**os.environ, "GENAUTH_ACCESS_KEY_ID": emu.access_key_id,
           "GENAUTH_ACCESS_KEY_SECRET": emu.access_key_secret, "GENAUTH_HOST": emu.url}
    command = [sys.executable, "-m", "genauth_async.cli", "apps", "provision", str(data), "--report", str(report),
               "--concurrency", "32", "--no-progress"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(3000):  # wait (at most ~60 s) until 40 lines are written; no duration is asserted
        if report.exists() and len(report.read_text().splitlines()) >= 40:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)  # what docker stop and Kubernetes send
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, (out, err)
    assert "SIGTERM: finishing the items in flight" in err and "--resume" in err
    assert "applications: created" in out.splitlines()[-1]  # the summary was printed
    on_server = _identifiers(emu)
    first = list(report_lines(report))
    assert {e["key"] for e in first if e["status"] == "created"} == set(on_server)  # nothing left out
    assert len(first) < count
    emu.faults.clear()
    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    on_server = _identifiers(emu)
    assert set(on_server) == {f"term-{i}" for i in range(count)} and max(on_server.values()) == 1


# -- input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.jsonl", None, "missing.jsonl: no such file"),
        ("dir.jsonl", "DIR", "is a directory"),
        ("bad.yaml", "- appName: a\n  appIdentifier: [unclosed\n", "malformed YAML at line"),
        ("latin1.csv", b"appName,appIdentifier\nCaf\xe9,cafe\n", "not UTF-8 text"),
        ("apps.txt", "x", "unknown input format '.txt'"),
        ("scalar.yaml", "just text\n", "must be a list of mappings"),
    ],
)
def test_unusable_input_is_a_one_line_usage_error(name: str, content: str | bytes | None, expected: str,
                                                  tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    assert main(["apps", "provision", str(path), "--no-progress"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("genauth: ") and expected in captured.err
    assert len(captured.err.splitlines()) == 1 and "Traceback" not in captured.err
    assert captured.out == ""  # nothing started, nothing sent


def test_dry_run_checks_enums_and_types_as_the_client_does_and_the_real_run_agrees(
    tmp_path: Path, emu: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "apps.csv"
    data.write_text(
        "appName,appIdentifier,appType,redirectUris,ssoEnabled\n"
        "Good,good,web,https://a.example/cb|https://b.example/cb,true\n"  # plain list form
        'Json,json,spa,"[""https://j.example/cb""]",false\n'  # JSON list form
        "Bogus,bogus,bogus,,\n"  # not an appType
        "Yes,yes,web,,maybe\n"  # not a bool
    )
    assert main(["apps", "provision", str(data), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "dry run: 2 valid, 2 invalid" in captured.out
    assert f"{data}:4: " in captured.err and "'app_type' must be one of" in captured.err and "'bogus'" in captured.err
    assert f"{data}:5: " in captured.err and "sso_enabled" in captured.err
    assert _identifiers(emu) == Counter()
    _use(monkeypatch, emu, emu.url)
    report = tmp_path / "report.jsonl"
    assert main(["apps", "provision", str(data), "--report", str(report), "--no-progress"]) == 1
    entries = sorted(report_lines(report), key=lambda e: e["line"])
    assert [(e["line"], e["status"]) for e in entries] == [(2, "created"), (3, "created"), (4, "rejected"),
                                                          (5, "rejected")]
    apps = emu.call(lambda: {a["appIdentifier"]: a for a in emu.store.applications})
    assert apps["good"]["redirectUris"] == ["https://a.example/cb", "https://b.example/cb"]
    assert apps["json"]["redirectUris"] == ["https://j.example/cb"] and apps["json"]["ssoEnabled"] is False


def test_help_documents_the_csv_list_form_and_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["apps", "provision", "--help"])
    out = capsys.readouterr().out
    for text in ("a|b", "--max-attempts", "--emulator", "--format", "exit status", "130/143"):
        assert text in out, text


def test_standard_input_is_read_as_a_stream(tmp_path: Path, emu: Any) -> None:
    lines = "".join(json.dumps({"appName": f"P {i}", "appIdentifier": f"pipe-{i}"}) + "\n" for i in range(5))
    env = {**os.environ, "GENAUTH_ACCESS_KEY_ID": emu.access_key_id,
           "GENAUTH_ACCESS_KEY_SECRET": emu.access_key_secret, "GENAUTH_HOST": emu.url}
    done = subprocess.run([sys.executable, "-m", "genauth_async.cli", "apps", "provision", "-", "--format", "jsonl",
                           "--no-progress"], input=lines, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert _identifiers(emu) == Counter({f"pipe-{i}": 1 for i in range(5)})


# -- progress --------------------------------------------------------------------------------


def test_totals_are_counted_by_streaming(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('# comment\n{"a": 1}\n\n{"a": 2}\nnot json\n')
    csv_file = tmp_path / "a.csv"
    csv_file.write_text('appName,appIdentifier\n"two\nlines",x\ny,z\n')
    yaml_file = tmp_path / "a.yaml"
    yaml_file.write_text("- a: 1\n- a: 2\n- a: 3\n")
    assert [open_input(p).total for p in (jsonl, csv_file, yaml_file)] == [3, 2, 3]
    source = open_input(csv_file)
    assert [r.line for r in source] == [3, 4]  # a record's line is where it ends


def test_progress_shows_done_total_rate_and_eta_or_a_counter() -> None:
    from rich.console import Console

    summary = ProvisionSummary(total=3, created=3)
    out = io.StringIO()
    bar = _Progress("applications", 10, console=Console(file=out, force_terminal=True, width=160))
    bar.update(summary, 3)
    bar.render()
    bar.close()
    text = out.getvalue()
    assert "3/10" in text and "30%" in text and "ETA" in text and "/s" in text
    out = io.StringIO()
    bar = _Progress("applications", None, console=Console(file=out, force_terminal=True, width=160))
    bar.update(summary, 3)
    bar.render()
    bar.close()
    text = out.getvalue()
    assert "3 done" in text and "/10" not in text and "ETA" not in text
