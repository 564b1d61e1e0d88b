"""Per-call latency ratios measured in one process, in alternating blocks (``python -m benchmarks.paired``).

The main harness gives each (client, round) a fresh process, which is what peak RSS and a clean
import need. For the per-call ratios that costs precision on a shared VM: two processes a few
seconds apart land on different CPU frequencies and cache states, and five rounds of that moved
``genauth_async ÷ raw aiohttp`` between 1.04x and 1.29x in one run. Here raw aiohttp,
``genauth_async`` and ``genauth_sync`` live in one process (pinned to one CPU, the server to
another), share one uvloop for the async pair, and take turns in blocks of sequential
``get_application`` calls, in an order rotated every block. Each block's median latency is divided by
the raw aiohttp block next to it; the table shows the median of those ratios, with their quartiles
so the spread is visible.

This complements the harness's PER CALL table; it does not replace it (both use the same server and
client adapters). Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from . import clients
from .harness import server_process


def _pin(cpu: int | None) -> None:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:
            pass


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return q[0], q[1], q[2]


def measure(url: str, blocks: int, calls: int, names: list[str]) -> dict[str, list[float]]:
    """Median latency (µs) of each block of ``calls`` sequential calls, per client, blocks interleaved."""
    try:
        import uvloop

        loop = uvloop.new_event_loop()
    except ImportError:  # pragma: no cover - the speedups extra is what the targets assume
        loop = asyncio.new_event_loop()
    opened: dict[str, Any] = {}
    for name in names:
        adapter = clients.ADAPTERS[name](url, False, 1)
        opened[name] = loop.run_until_complete(adapter.open()) if name in clients.ASYNC_CLIENTS else adapter.open()

    def block(name: str) -> float:
        client = opened[name]
        out: list[int] = []
        if name in clients.ASYNC_CLIENTS:
            async def go() -> None:
                for _ in range(calls):
                    t = time.perf_counter_ns()
                    await client.get(clients.APP_ID)
                    out.append(time.perf_counter_ns() - t)

            loop.run_until_complete(go())
        else:
            for _ in range(calls):
                t = time.perf_counter_ns()
                client.get(clients.APP_ID)
                out.append(time.perf_counter_ns() - t)
        return statistics.median(out) / 1000

    runs: dict[str, Callable[[], float]] = {name: (lambda n=name: block(n)) for name in names}
    for name in names:  # warm-up block each: imports, first connections, compiled encoders/models
        runs[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for b in range(blocks):
        shift = b % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(runs[name]())
    for name in names:
        client = opened[name]
        if name in clients.ASYNC_CLIENTS:
            loop.run_until_complete(client.close())
        else:
            client.close()
    loop.close()
    return results


def report(results: dict[str, list[float]], reference: str) -> str:
    ref = results[reference]
    lines = [f"{'client':16s} {'median µs':>10s}  {'x raw (median of block ratios)':>31s}  {'quartiles':>13s}"]
    for name, values in results.items():
        ratios = [v / r for v, r in zip(values, ref, strict=True)]
        q1, q2, q3 = _quartiles(ratios)
        lines.append(f"{name:16s} {statistics.median(values):10.1f}  {q2:31.3f}  {q1:6.3f}-{q3:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.paired", description=__doc__.splitlines()[0])
    p.add_argument("--blocks", type=int, default=15, help="blocks per client (default 15)")
    p.add_argument("--calls", type=int, default=400, help="sequential calls per block (default 400)")
    p.add_argument("--only", default="raw_aiohttp,genauth_async,genauth_sync",
                   help="comma-separated clients; raw_aiohttp is always included: it is the reference")
    a = p.parse_args(argv)
    names = ["raw_aiohttp"] + [n for n in a.only.split(",") if n and n != "raw_aiohttp"]
    unknown = sorted(set(names) - set(clients.ALL_CLIENTS))
    if unknown:
        p.error(f"unknown clients: {', '.join(unknown)}")
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pin = len(cpus) >= 2
    with server_process(cpu=cpus[-1] if pin else None) as server:
        _pin(cpus[0] if pin else None)
        results = measure(server.url, a.blocks, a.calls, names)
    print(f"PER CALL, PAIRED: sequential get_application, {a.blocks} blocks x {a.calls} calls per client, one process")
    print(report(results, "raw_aiohttp"))
    print(f"Python {sys.version.split()[0]}, " + (f"server on CPU {cpus[-1]}, clients on CPU {cpus[0]}" if pin else "unpinned")
          + f", host load {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main(sys.argv[1:])
