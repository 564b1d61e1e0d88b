"""Orchestration: the server process, one subprocess per (client, scenario, round), ratios, tables, JSON."""

from __future__ import annotations

import contextlib
import datetime
import json
import math
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from . import server as srv
from .clients import ASYNC_CLIENTS, DESCRIPTIONS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS_DIR = os.path.join(ROOT, "benchmarks", "results")


# ------------------------------------------------------------------------------------------ server


@dataclass
class Server:
    url: str
    counters: Any
    certfile: str | None = None
    pid: int | None = None

    def snapshot(self) -> dict[str, float]:
        snap: dict[str, float] = {name: int(self.counters[i]) for i, name in enumerate(srv.COUNTER_NAMES)}
        snap["cpu_s"] = _proc_cpu_s(self.pid)
        return snap


_CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu_s(pid: int | None) -> float:
    """utime + stime of another process from /proc (10 ms resolution); NaN where /proc is missing."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLK_TCK
    except (OSError, IndexError, ValueError):
        return float("nan")


@contextlib.contextmanager
def server_process(https: bool = False, cpu: int | None = None) -> Iterator[Server]:
    """Start :func:`benchmarks.server.run_server` in its own (spawned) process; counters are shared memory."""
    ctx = multiprocessing.get_context("spawn")
    counters = ctx.Array("q", srv.N_COUNTERS, lock=False)
    parent, child = ctx.Pipe(duplex=False)
    with contextlib.ExitStack() as stack:
        cert = key = None
        if https:
            from .certs import self_signed

            cert, key = stack.enter_context(self_signed())
        proc = ctx.Process(
            target=srv.run_server,
            kwargs=dict(host="127.0.0.1", port=0, certfile=cert, keyfile=key, counters=counters, ready=child, cpu=cpu),
            daemon=True,
        )
        proc.start()
        child.close()
        if not parent.poll(30):
            proc.kill()
            raise RuntimeError("benchmark server did not start")
        port = parent.recv()
        try:
            yield Server(f"{'https' if https else 'http'}://127.0.0.1:{port}", counters, cert, proc.pid)
        finally:
            proc.terminate()
            proc.join(5)
            if proc.is_alive():  # pragma: no cover
                proc.kill()


# -------------------------------------------------------------------------------------------- runs


@dataclass
class Run:
    key: str  # unique label, also accepted by --only
    client: str
    label: str
    drive: str  # tasks | threads | seq
    op: str  # create | get
    n: int
    concurrency: int = 1
    threads: int = 0
    limit: int = 64
    warmup: int = 10
    pythonpath: str | None = None  # a baseline checkout's packages, imported instead of this checkout's
    loop: str | None = None  # event loop of an async client; None: the run's --loop
    results: list[dict[str, Any]] = field(default_factory=list)

    def worker_cfg(self, url: str, https: bool, round_no: int, cpus: list[int] | None, loop: str) -> dict[str, Any]:
        return {
            "client": self.client,
            "drive": self.drive,
            "op": self.op,
            "n": self.n,
            "concurrency": self.concurrency,
            "threads": self.threads,
            "limit": self.limit,
            "warmup": self.warmup,
            "url": url,
            "https": https,
            "tag": f"{self.key.replace('@', '-').replace(' ', '-')}-r{round_no}",
            "cpus": cpus,
            "loop": self.loop or loop,
            "pythonpath": self.pythonpath,
        }


@dataclass
class Sizes:
    rounds_bulk: int = 11  # per-round ratios swing by ±15 % on a shared host: the median needs many
    rounds_percall: int = 5
    rounds_https: int = 3
    bulk: int = 2000
    bulk_official: int = 500
    percall: int = 1000
    https: int = 500
    https_official: int = 60

    @classmethod
    def quick(cls) -> Sizes:
        return cls(1, 1, 1, 300, 100, 200, 100, 15)


#: The event loop each async run uses by default, and the other one: raw aiohttp also runs on the
#: other loop (a row of its own, never the reference), so the table shows what the loop alone is worth.
LOOPS = ("uvloop", "asyncio")


def other_loop(loop: str) -> str:
    return LOOPS[1] if loop == LOOPS[0] else LOOPS[0]


def bulk_runs(s: Sizes, loop: str = "uvloop") -> list[Run]:
    other = other_loop(loop)
    return [
        Run("raw_aiohttp@64", "raw_aiohttp", "raw aiohttp, 64 tasks", "tasks", "create", s.bulk, 64, warmup=64),
        Run(f"raw_aiohttp@64 {other}", "raw_aiohttp", f"raw aiohttp, 64 tasks, {other} loop", "tasks", "create",
            s.bulk, 64, warmup=64, loop=other),
        Run("genauth_async@64", "genauth_async", "genauth_async, 64 tasks", "tasks", "create", s.bulk, 64, warmup=64),
        Run("httpx@64", "httpx", "httpx.AsyncClient, 64 tasks", "tasks", "create", s.bulk, 64, warmup=64),
        Run("genauth_sync@32t", "genauth_sync", "genauth_sync, 32 threads", "threads", "create", s.bulk, threads=32,
            warmup=10),
        Run("official@seq", "official", "official SDK, sequential", "seq", "create", s.bulk_official, warmup=5),
        Run("official@32t", "official", "official SDK, 32 threads", "threads", "create", s.bulk_official, threads=32,
            warmup=5),
    ]


def percall_runs(s: Sizes, loop: str = "uvloop") -> list[Run]:
    other = other_loop(loop)
    runs = [
        Run(f"{c}", c, DESCRIPTIONS[c].split(":")[0].split(" (")[0], "seq", "get", s.percall, limit=10, warmup=20)
        for c in ("raw_aiohttp", "genauth_async", "httpx", "requests", "official", "genauth_sync")
    ]
    runs.insert(1, Run(f"raw_aiohttp {other}", "raw_aiohttp", f"raw aiohttp, {other} loop", "seq", "get", s.percall,
                       limit=10, warmup=20, loop=other))
    return runs


def https_runs(s: Sizes) -> list[Run]:
    return [
        Run(c, c, c, "seq", "get", s.https_official if c == "official" else s.https, limit=10,
            warmup=2 if c == "official" else 10)
        for c in ("raw_aiohttp", "genauth_async", "genauth_sync", "requests", "official")
    ]


def select(runs: list[Run], only: set[str] | None) -> list[Run]:
    if not only:
        return runs
    return [r for r in runs if r.client in only or r.key in only or r.key.split(" ")[0] in only]


BASELINE_SUFFIX = " (base)"
OUR_CLIENTS = ("genauth_async", "genauth_sync")


def with_baseline(runs: list[Run], base_dir: str | None) -> list[Run]:
    """Add, after each of our runs, the same run importing the baseline checkout's packages."""
    if base_dir is None:
        return runs
    out: list[Run] = []
    for run in runs:
        out.append(run)
        if run.client in OUR_CLIENTS:
            base = Run(**{**asdict(run), "results": []})
            base.key, base.label, base.pythonpath = run.key + BASELINE_SUFFIX, run.label + BASELINE_SUFFIX, base_dir
            out.append(base)
    return out


@contextlib.contextmanager
def baseline_checkout(ref: str | None) -> Iterator[str | None]:
    """The packages of git ``ref`` in a temporary directory (byte-compiled, as the checkout's are)."""
    if ref is None:
        yield None
        return
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bench-base-") as tmp:
        archive = os.path.join(tmp, "base.tar")
        subprocess.run(["git", "archive", "--format=tar", "-o", archive, ref, *OUR_CLIENTS], cwd=ROOT, check=True)
        base = os.path.join(tmp, "src")
        with tarfile.open(archive) as tar:
            tar.extractall(base, filter="data")
        subprocess.run([sys.executable, "-m", "compileall", "-q", *OUR_CLIENTS], cwd=base, capture_output=True)
        yield base


def before_after(summaries: dict[str, dict[str, Any]], metrics: dict[str, list[str]], runs: dict[str, list[Run]]) -> str:
    """Ours over the baseline, per metric: the median of per-round ratios, both measured in one run."""
    rows = []
    for scen, scen_runs in runs.items():
        by_key = {r.key: r for r in scen_runs}
        for run in scen_runs:
            base = by_key.get(run.key + BASELINE_SUFFIX)
            if base is None:
                continue
            cells = []
            for metric in metrics[scen]:
                now, then = median_of(run, metric), median_of(base, metric)
                cells.append(f"{metric} {_f(then, '{:,.1f}')} -> {_f(now, '{:,.1f}')} ({_x(ratio_by_round(run, base, metric))})")
            rows.append([f"{scen}: {run.key}", "; ".join(cells)])
    if not rows:
        return ""
    return table(["run", "baseline -> this checkout (median of per-round ratios this/baseline)"], rows,
                 "BEFORE/AFTER: the same runs on the baseline's packages, in the same rounds")


# The checkout's packages; every installed dependency already has its .pyc files.
BYTECODE_PACKAGES = ("genauth_async", "genauth_sync", "benchmarks")


def compile_bytecode() -> bool:
    """Byte-compile the checkout's packages into their ``__pycache__`` (what installing a wheel does).

    The installed clients (aiohttp, httpx, requests, the official SDK) import from .pyc files. A
    checkout run under ``PYTHONDONTWRITEBYTECODE`` (or a fresh clone) would instead compile our
    ~100k generated lines from source in every worker, which costs only the genauth clients several
    MiB of peak RSS (the parser's and compiler's memory, and the heap fragmentation it leaves).
    ``import_time.py`` avoids the same skew with a private cache directory. Returns success.
    """
    pkgs = [p for p in BYTECODE_PACKAGES if os.path.isdir(os.path.join(ROOT, p))]
    proc = subprocess.run([sys.executable, "-m", "compileall", "-q", *pkgs], cwd=ROOT, capture_output=True)
    return proc.returncode == 0


def run_worker(cfg: dict[str, Any], server: Server, env_extra: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (cfg.get("pythonpath"), ROOT, env.get("PYTHONPATH")) if p)
    env.pop("PYTHONTRACEMALLOC", None)
    if env_extra:
        env.update(env_extra)
    before = server.snapshot()
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", json.dumps(cfg)],
        # -m puts the working directory first on sys.path: a baseline run starts in the baseline's
        cwd=cfg.get("pythonpath") or ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    wall = time.perf_counter() - t0
    after = server.snapshot()
    result: dict[str, Any] | None = None
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            result = json.loads(line[len("BENCH-RESULT "):])
    if result is None:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        result = {"error": f"worker exited {proc.returncode}: " + " | ".join(tail)}
    result["server"] = {k: after[k] - before[k] for k in after}
    if "n" in result and result["server"]["requests"]:
        # Whole worker lifetime (token + warm-up included), so this slightly overstates the per-call cost.
        result["server_cpu_us_per_request"] = result["server"]["cpu_s"] / result["server"]["requests"] * 1e6
    result["process_wall_s"] = wall
    if "error" not in result and result["server"]["unauthorized"]:
        result["warning"] = f"{result['server']['unauthorized']} unauthorized replies"
    return result


def _unavailable(result: dict[str, Any]) -> bool:
    err = result.get("error", "")
    return any(s in err for s in ("ImportError", "ModuleNotFoundError", "AttributeError", "TypeError"))


def run_rounds(
    runs: list[Run], server: Server, rounds: int, https: bool, cpus: list[int] | None, loop: str,
    log: Any = print,
) -> None:
    dead: set[str] = set()
    for r in range(rounds):
        order = runs[r % len(runs):] + runs[: r % len(runs)] if runs else []
        for run in order:
            if run.key in dead:
                run.results.append({"error": "skipped (failed in an earlier round)"})
                continue
            env = {"REQUESTS_CA_BUNDLE": server.certfile} if https and server.certfile else None
            res = run_worker(run.worker_cfg(server.url, https, r, cpus, loop), server, env)
            res["round"] = r
            run.results.append(res)
            if "error" in res:
                log(f"    round {r + 1}: {run.key}: ERROR {res['error'][:160]}")
                if _unavailable(res):
                    dead.add(run.key)
            else:
                log(f"    round {r + 1}: {run.key:<18} {res['rps']:9.0f} calls/s  {res['cpu_us_per_call']:8.0f} µs CPU/call"
                    f"  {res['server']['connections']:5d} conns" + (f"  median {res['median_us']:.0f} µs" if "median_us" in res else ""))


# ------------------------------------------------------------------------------------------ figures


def _ok(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [x for x in results if "error" not in x]


def median_of(run: Run, metric: str) -> float | None:
    vals = [x[metric] for x in _ok(run.results) if x.get(metric) is not None]
    return statistics.median(vals) if vals else None


def ratio_by_round(run: Run, ref: Run | None, metric: str) -> float | None:
    """Median over rounds of run[metric] / ref[metric], both taken in the same round."""
    if ref is None:
        return None
    ratios = []
    for a, b in zip(run.results, ref.results, strict=False):
        if "error" in a or "error" in b or not b.get(metric):
            continue
        ratios.append(a[metric] / b[metric])
    return statistics.median(ratios) if ratios else None


def summarize(runs: list[Run], refs: list[str], metrics: list[str]) -> dict[str, Any]:
    """Medians over rounds, plus for each reference run the median of the per-round ratios."""
    ref_runs = {k: next((r for r in runs if r.key == k), None) for k in refs}
    out: dict[str, Any] = {}
    for run in runs:
        entry: dict[str, Any] = {"client": run.client, "label": run.label, "n": run.n,
                                 "rounds_ok": len(_ok(run.results)), "rounds": len(run.results)}
        errs = [x["error"] for x in run.results if "error" in x]
        if errs:
            entry["error"] = errs[0]
        for m in metrics:
            entry[m] = median_of(run, m)
            for k, ref in ref_runs.items():
                entry[f"{m}_x_{k}"] = ratio_by_round(run, ref, m)
        conns = [x["server"]["connections"] for x in _ok(run.results)]
        entry["connections"] = statistics.median(conns) if conns else None
        scpu = [v for x in _ok(run.results) if (v := x.get("server_cpu_us_per_request")) is not None and not math.isnan(v)]
        entry["server_cpu_us_per_request"] = statistics.median(scpu) if scpu else None
        warnings = sorted({x["warning"] for x in run.results if "warning" in x})
        if warnings:
            entry["warning"] = "; ".join(warnings)
        out[run.key] = entry
    return out


# ------------------------------------------------------------------------------------------- tables


def _f(v: float | None, fmt: str = "{:,.0f}") -> str:
    return "—" if v is None else fmt.format(v)


def _x(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}x"


def table(headers: list[str], rows: list[list[str]], title: str) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(widths[i]) if i == 0 else h.rjust(widths[i]) for i, h in enumerate(headers))
    out = [title, line, "-" * len(line)]
    for r in rows:
        out.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
    return "\n".join(out)


def _err_row(key: str, e: dict[str, Any], ncols: int) -> list[str]:
    return [key, "failed*"] + [""] * (ncols - 2)


def _notes(summary: dict[str, Any]) -> str:
    notes = [f"  * {k}: {e['error'][:200]}" for k, e in summary.items() if "error" in e]
    notes += [f"  ! {k}: {e['warning']}" for k, e in summary.items() if "warning" in e]
    return ("\n" + "\n".join(notes)) if notes else ""


STARVED = 0.8  # CPU busy fraction below which a single-threaded async client was starved (or waited)


def _cpu_pct(e: dict[str, Any]) -> str:
    if e.get("cpu_util") is None:
        return "—"
    mark = " !" if e["client"] in ASYNC_CLIENTS and e["cpu_util"] < STARVED else ""
    return f"{e['cpu_util'] * 100:.0f}{mark}"


def loop_note(loop: str) -> str:
    return (f"\n  loop: every async client ran on {loop} (the 'x raw' reference too); the '{other_loop(loop)}' row is "
            f"raw aiohttp on the other loop, for comparison only")


def bulk_table(summary: dict[str, Any], loop: str = "uvloop") -> str:
    h = ["client", "calls", "calls/s", "x raw", "CPU µs/call", "x raw", "CPU %", "TCP conns", "peak RSS MiB", "x raw",
         "Δ RSS MiB", "server µs/req"]
    rows = []
    for key, e in summary.items():
        if e.get("rps") is None:
            rows.append(_err_row(key, e, len(h)))
            continue
        rows.append([
            key, f"{e['n']:,}", _f(e["rps"]), _x(e["rps_x_raw_aiohttp@64"]), _f(e["cpu_us_per_call"]),
            _x(e["cpu_us_per_call_x_raw_aiohttp@64"]), _cpu_pct(e),
            _f(e["connections"]), _f(e["rss_peak_kb"] and e["rss_peak_kb"] / 1024, "{:.1f}"),
            _x(e["rss_peak_kb_x_raw_aiohttp@64"]), _f(e["rss_delta_kb"] and e["rss_delta_kb"] / 1024, "{:.1f}"),
            _f(e["server_cpu_us_per_request"]),
        ])
    text = table(h, rows, "BULK: create_application, plain HTTP (medians over rounds; 'x raw' = median of per-round ratios to raw aiohttp@64)") + _notes(summary) + loop_note(loop)
    if any(_cpu_pct(e).endswith("!") for e in summary.values()):
        text += (f"\n  ! CPU % under {STARVED:.0%} for a single-threaded async client: it did not get its CPU to itself "
                 "(other processes on the host), so its calls/s is understated; rerun on a quieter host")
    return text


def percall_table(summary: dict[str, Any], loop: str = "uvloop") -> str:
    h = ["client", "calls", "median µs", "p99 µs", "x raw", "x requests", "CPU µs/call", "x raw", "TCP conns"]
    rows = []
    for key, e in summary.items():
        if e.get("median_us") is None:
            rows.append(_err_row(key, e, len(h)))
            continue
        rows.append([
            key, f"{e['n']:,}", _f(e["median_us"]), _f(e["p99_us"]), _x(e["median_us_x_raw_aiohttp"]),
            _x(e.get("median_us_x_requests")), _f(e["cpu_us_per_call"]), _x(e["cpu_us_per_call_x_raw_aiohttp"]),
            _f(e["connections"]),
        ])
    return (table(h, rows, "PER CALL: sequential get_application, plain HTTP (latency = one call, wall clock)")
            + _notes(summary) + loop_note(loop))


def https_table(summary: dict[str, Any]) -> str:
    h = ["client", "calls", "CPU µs/call", "x official", "median µs", "TCP conns"]
    rows = []
    for key, e in summary.items():
        if e.get("cpu_us_per_call") is None:
            rows.append(_err_row(key, e, len(h)))
            continue
        rows.append([key, f"{e['n']:,}", _f(e["cpu_us_per_call"]), _x(e["cpu_us_per_call_x_official"]) if key != "official" else "1.00x",
                     _f(e["median_us"]), _f(e["connections"])])
    return table(h, rows, "HTTPS: sequential get_application over TLS (self-signed ECDSA cert, verification off)") + _notes(summary)


def machine_info() -> dict[str, Any]:
    from importlib import metadata

    versions = {}
    for dist in ("aiohttp", "httpx", "requests", "urllib3", "orjson", "uvloop", "genauth", "genauth-async", "anyio"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "versions": versions,
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "loadavg_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def runs_as_json(runs: list[Run]) -> list[dict[str, Any]]:
    return [asdict(r) for r in runs]
