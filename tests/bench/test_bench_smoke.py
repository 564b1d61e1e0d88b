"""The benchmark harness still runs end to end (quick mode, raw aiohttp only). No timing is asserted here:
targets are checked by ``python -m benchmarks``, never by tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_run_of_raw_aiohttp(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--quiet", "--only", "raw_aiohttp",
         "--scenarios", "bulk,percall", "--bulk-calls", "200", "--percall-calls", "50", "--out", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "BULK" in proc.stdout and "TARGETS" in proc.stdout
    report = json.loads((tmp_path / "latest.json").read_text())

    bulk = report["bulk"]["summary"]["raw_aiohttp@64"]
    assert "error" not in bulk, bulk
    assert bulk["n"] == 200 and bulk["rps"] > 0 and bulk["cpu_us_per_call"] > 0
    run = report["bulk"]["runs"][0]["results"][0]
    # One token call, 64 warm-up calls and 200 timed calls, all authorized, over a keep-alive pool.
    assert run["server"]["tokens"] == 1
    assert run["server"]["created"] == 64 + 200
    assert run["server"]["unauthorized"] == 0
    assert 1 <= run["server"]["connections"] <= 64 + 1

    percall = report["percall"]["summary"]["raw_aiohttp"]
    assert percall["median_us"] > 0 and percall["p99_us"] >= percall["median_us"]
    assert report["percall"]["runs"][0]["results"][0]["server"]["connections"] == 1


def test_baseline_runs_import_the_baseline_checkout(tmp_path: Path) -> None:
    """--baseline REF measures REF's packages in the same rounds and prints a before/after table."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--quiet", "--only", "raw_aiohttp,genauth_async@64",
         "--scenarios", "bulk", "--bulk-calls", "100", "--baseline", "HEAD", "--out", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "BEFORE/AFTER" in proc.stdout and "bulk: genauth_async@64" in proc.stdout
    runs = {r["key"]: r for r in json.loads((tmp_path / "latest.json").read_text())["bulk"]["runs"]}
    base = runs["genauth_async@64 (base)"]["results"][0]
    ours = runs["genauth_async@64"]["results"][0]
    assert "error" not in base and "error" not in ours, (base, ours)
    assert base["genauth_async_from"] == runs["genauth_async@64 (base)"]["pythonpath"] != str(ROOT)
    assert ours["genauth_async_from"] == str(ROOT)


def test_paired_per_call_run_counts_every_block() -> None:
    """benchmarks.paired: every client gets a warm-up block plus one median per block, in one process."""
    from benchmarks import paired
    from benchmarks.harness import server_process

    with server_process() as server:
        before = server.snapshot()
        results = paired.measure(server.url, 3, 5, ["raw_aiohttp", "genauth_async", "genauth_sync"])
        after = server.snapshot()
    assert sorted(results) == ["genauth_async", "genauth_sync", "raw_aiohttp"]
    assert all(len(values) == 3 and all(v > 0 for v in values) for values in results.values())
    # 3 clients x (1 warm-up + 3 blocks) x 5 calls, each one get_application answered with 200.
    assert after["fetched"] - before["fetched"] == 3 * 4 * 5
    assert after["unauthorized"] == before["unauthorized"]
    assert "genauth_sync" in paired.report(results, "raw_aiohttp")


def test_paired_bulk_run_counts_every_block() -> None:
    """benchmarks.paired --bulk: warm-up plus each block's creates reach the server, per client."""
    from benchmarks import paired
    from benchmarks.harness import server_process

    with server_process() as server:
        before = server.snapshot()
        results = paired.measure_bulk(server.url, 2, 50, ["raw_aiohttp", "genauth_async"], width=8)
        after = server.snapshot()
    assert sorted(results) == ["genauth_async", "raw_aiohttp"]
    assert all(len(values) == 2 and all(w > 0 and c >= 0 for w, c in values) for values in results.values())
    # 2 clients x (warm-up 4 x 8 + 2 blocks x 50) creates, all authorized.
    assert after["created"] - before["created"] == 2 * (4 * 8 + 2 * 50)
    assert after["unauthorized"] == before["unauthorized"]
    assert "genauth_async" in paired.report_bulk(results, "raw_aiohttp")
