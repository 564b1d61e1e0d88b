"""``python -m benchmarks``: every client side by side in one run; tables on stdout, JSON in benchmarks/results/.

See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from . import harness as h
from .clients import ALL_CLIENTS
from .imports import import_figures, import_table
from .targets import evaluate, targets_table

SCENARIOS = ("bulk", "percall", "https", "import")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--only", default="", help=f"comma-separated clients ({', '.join(ALL_CLIENTS)}) or run keys "
                   "(e.g. official@seq); ratios need their reference run (raw_aiohttp, requests, official) selected")
    p.add_argument("--scenarios", default=",".join(SCENARIOS), help=f"comma-separated subset of {', '.join(SCENARIOS)}")
    p.add_argument("--quick", action="store_true", help="smoke test: one round, a few hundred calls")
    p.add_argument("--rounds", type=int, help="rounds for every scenario (default: bulk 11, per-call 5, https 3)")
    p.add_argument("--bulk-calls", type=int, help="create_application calls per bulk run (default 2000)")
    p.add_argument("--official-calls", type=int, help="calls per official-SDK bulk run (default 500)")
    p.add_argument("--percall-calls", type=int, help="sequential get_application calls (default 1000)")
    p.add_argument("--no-pin", action="store_true", help="don't pin the server to the last CPU and clients to the others")
    p.add_argument("--loop", choices=("uvloop", "asyncio"), default="uvloop", help="event loop of the async clients")
    p.add_argument("--out", default=h.RESULTS_DIR, help="directory for the JSON results (default benchmarks/results)")
    p.add_argument("--quiet", action="store_true", help="no per-round lines, tables only")
    p.add_argument("--baseline", metavar="GIT_REF",
                   help="also run genauth_async/genauth_sync as of this git ref (e.g. main~3), in the same rounds, "
                        "and print a before/after table")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    with h.baseline_checkout(a.baseline) as base_dir:
        return _main(a, base_dir)


def _main(a: argparse.Namespace, base_dir: str | None) -> int:
    sizes = h.Sizes.quick() if a.quick else h.Sizes()
    if a.rounds:
        sizes.rounds_bulk = sizes.rounds_percall = sizes.rounds_https = a.rounds
    if a.bulk_calls:
        sizes.bulk = a.bulk_calls
    if a.official_calls:
        sizes.bulk_official = a.official_calls
    if a.percall_calls:
        sizes.percall = a.percall_calls
    only = {x.strip() for x in a.only.split(",") if x.strip()} or None
    scenarios = {x.strip() for x in a.scenarios.split(",") if x.strip()}
    unknown = scenarios - set(SCENARIOS)
    if unknown:
        print(f"unknown scenarios: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    every_run = h.bulk_runs(sizes, a.loop) + h.percall_runs(sizes, a.loop) + h.https_runs(sizes)
    known = set(ALL_CLIENTS) | {r.key for r in every_run}
    if only and only - known:
        print(f"unknown clients or runs: {', '.join(sorted(only - known))} (known: {', '.join(sorted(known))})",
              file=sys.stderr)
        return 2

    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    pin = not a.no_pin and ncpu >= 2
    server_cpu = client_cpus = None
    if pin:
        cpus = sorted(os.sched_getaffinity(0))
        server_cpu, client_cpus = cpus[-1], cpus[:-1]
    log = (lambda *_: None) if a.quiet else (lambda msg: print(msg, flush=True))

    report: dict[str, Any] = {
        "machine": h.machine_info(),
        "config": {"sizes": vars(sizes), "only": sorted(only) if only else None, "scenarios": sorted(scenarios),
                   "pinned": pin, "server_cpu": server_cpu, "client_cpus": client_cpus, "loop": a.loop,
                   "quick": a.quick},
    }
    tables: list[str] = []
    summaries: dict[str, dict[str, Any]] = {}
    ran: dict[str, list[h.Run]] = {}
    ran_metrics: dict[str, list[str]] = {}
    t_start = time.perf_counter()

    def scenario(name: str, runs: list[h.Run], rounds: int, https: bool, refs: list[str], metrics: list[str]) -> None:
        if name not in scenarios or not runs:
            return
        runs = h.with_baseline(runs, base_dir)
        ran[name], ran_metrics[name] = runs, metrics
        log(f"== {name}: {len(runs)} runs x {rounds} rounds ({'HTTPS' if https else 'HTTP'})")
        with h.server_process(https=https, cpu=server_cpu) as server:
            h.run_rounds(runs, server, rounds, https, client_cpus, a.loop, log)
        summaries[name] = h.summarize(runs, refs, metrics)
        report[name] = {"summary": summaries[name], "runs": h.runs_as_json(runs)}

    report["config"]["bytecode_compiled"] = h.compile_bytecode()
    if not report["config"]["bytecode_compiled"]:
        log("warning: compileall failed: the genauth workers will compile from source (inflates their RSS)")
    load = report["machine"]["loadavg_at_start"]
    if load and load[0] > 0.5 * ncpu:
        log(f"warning: load average {load[0]:.1f} on {ncpu} CPUs before starting: other work will skew throughput")
    scenario("bulk", h.select(h.bulk_runs(sizes, a.loop), only), sizes.rounds_bulk, False, ["raw_aiohttp@64"],
             ["rps", "cpu_us_per_call", "cpu_util", "rss_peak_kb", "rss_delta_kb"])
    if "bulk" in summaries:
        tables.append(h.bulk_table(summaries["bulk"], a.loop))
    scenario("percall", h.select(h.percall_runs(sizes, a.loop), only), sizes.rounds_percall, False,
             ["raw_aiohttp", "requests"], ["median_us", "p99_us", "cpu_us_per_call"])
    if "percall" in summaries:
        tables.append(h.percall_table(summaries["percall"], a.loop))
    scenario("https", h.select(h.https_runs(sizes), only), sizes.rounds_https, True, ["official"],
             ["cpu_us_per_call", "median_us"])
    if "https" in summaries:
        tables.append(h.https_table(summaries["https"]))
    if "import" in scenarios:
        log("== import time (benchmarks/import_time.py)")
        report["import"] = import_figures(quick=a.quick)
        tables.append(import_table(report["import"]))

    comparison = h.before_after(summaries, ran_metrics, ran)
    if comparison:
        report["config"]["baseline"] = a.baseline
        tables.append(comparison)
    report["targets"] = evaluate(summaries, report.get("import"))
    tables.append(targets_table(report["targets"]))
    report["total_wall_s"] = time.perf_counter() - t_start
    report["loadavg_at_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None

    print()
    print("\n\n".join(tables))
    m = report["machine"]
    print(f"\nPython {m['python']}, {m['cpus']} CPUs, server pinned to CPU {server_cpu}, clients to {client_cpus}"
          if pin else f"\nPython {m['python']}, {m['cpus']} CPUs, no pinning")
    if load:
        end = report["loadavg_at_end"]
        print(f"host load average {load[0]:.1f} at start, {end[0]:.1f} at end (a busy host starves the clients: "
              "see the CPU % column, ~100% for a single-threaded client that had its CPU to itself)")
    print(f"total {report['total_wall_s']:.0f} s; absolute figures drift ±30% between runs: compare within one run")

    os.makedirs(a.out, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    path = os.path.join(a.out, f"bench-{stamp}{'-quick' if a.quick else ''}.json")
    with open(path, "w") as f:
        json.dump(report, f, indent=1, default=str)
    with open(os.path.join(a.out, "latest.json"), "w") as f:
        json.dump(report, f, indent=1, default=str)
    print(f"results: {os.path.relpath(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
