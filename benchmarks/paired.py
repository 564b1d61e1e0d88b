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

``--bulk`` does the same for the BULK scenario's async clients: blocks of ``create_application``
calls with 64 in flight, and per block both the wall time and the process's CPU time (user +
system, ``getrusage``) per call.

This complements the harness's PER CALL and BULK tables; it does not replace them (peak RSS needs
a process per run). Both use the same server and client adapters. Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

from . import clients
from .harness import server_process

_T = TypeVar("_T")


def _pin(cpu: int | None) -> None:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:
            pass


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop

        return uvloop.new_event_loop()
    except ImportError:  # pragma: no cover - the speedups extra is what the targets assume
        return asyncio.new_event_loop()


def _interleave(names: list[str], blocks: int, block: Callable[[str], _T]) -> dict[str, list[_T]]:
    """``blocks`` results per client, the clients taking turns in an order rotated every block."""
    results: dict[str, list[_T]] = {name: [] for name in names}
    for b in range(blocks):
        shift = b % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(block(name))
    return results


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return q[0], q[1], q[2]


def measure(url: str, blocks: int, calls: int, names: list[str]) -> dict[str, list[float]]:
    """Median latency (µs) of each block of ``calls`` sequential calls, per client, blocks interleaved."""
    loop = _new_loop()
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

    for name in names:  # warm-up block each: imports, first connections, compiled encoders/models
        block(name)
    results = _interleave(names, blocks, block)
    for name in names:
        client = opened[name]
        if name in clients.ASYNC_CLIENTS:
            loop.run_until_complete(client.close())
        else:
            client.close()
    loop.close()
    return results


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_bulk(url: str, blocks: int, calls: int, names: list[str], width: int = 64) -> dict[str, list[tuple[float, float]]]:
    """(wall µs, CPU µs) per call of each block of ``calls`` creates with ``width`` in flight, per async client."""
    loop = _new_loop()
    opened = {name: loop.run_until_complete(clients.ADAPTERS[name](url, False, width).open()) for name in names}
    serial = itertools.count()

    async def pool(client: Any, count: int) -> None:
        left = iter(range(count))

        async def worker() -> None:
            for _ in left:
                i = next(serial)
                await client.create(f"bench-{i}", f"bench-{i}")

        await asyncio.gather(*(worker() for _ in range(width)))

    def block(name: str, count: int) -> tuple[float, float]:
        cpu, wall = _cpu_s(), time.perf_counter()
        loop.run_until_complete(pool(opened[name], count))
        return (time.perf_counter() - wall) / count * 1e6, (_cpu_s() - cpu) / count * 1e6

    for name in names:  # warm-up: the token, the pool's connections, compiled encoders and models
        block(name, width * 4)
    results = _interleave(names, blocks, lambda name: block(name, calls))
    for client in opened.values():
        loop.run_until_complete(client.close())
    loop.close()
    return results


def report_bulk(results: dict[str, list[tuple[float, float]]], reference: str) -> str:
    ref = results[reference]
    lines = [f"{'client':16s} {'wall µs/call':>12s} {'x raw':>7s} {'quartiles':>13s}  {'CPU µs/call':>11s} {'x raw':>7s} {'quartiles':>13s}"]
    for name, values in results.items():
        cells = [f"{name:16s}"]
        for k, width in ((0, 12), (1, 11)):
            ratios = [v[k] / r[k] for v, r in zip(values, ref, strict=True)]
            q1, q2, q3 = _quartiles(ratios)
            cells.append(f"{statistics.median(v[k] for v in values):{width}.1f} {q2:7.3f} {q1:6.3f}-{q3:.3f}")
        lines.append(" ".join(cells[:1]) + " " + "  ".join(cells[1:]))
    return "\n".join(lines)


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
    p.add_argument("--calls", type=int, help="calls per block (default 400 sequential; 2000 with --bulk)")
    p.add_argument("--only", default="",
                   help="comma-separated clients (default: raw_aiohttp,genauth_async,genauth_sync; with --bulk "
                        "raw_aiohttp,genauth_async); raw_aiohttp is always included: it is the reference")
    p.add_argument("--bulk", action="store_true",
                   help="blocks of create_application calls at 64 in flight (async clients; --calls default 2000)")
    a = p.parse_args(argv)
    only = a.only or ("raw_aiohttp,genauth_async" if a.bulk else "raw_aiohttp,genauth_async,genauth_sync")
    names = ["raw_aiohttp"] + [n for n in only.split(",") if n and n != "raw_aiohttp"]
    if a.bulk and any(n not in clients.ASYNC_CLIENTS for n in names):
        p.error("--bulk takes async clients only")
    unknown = sorted(set(names) - set(clients.ALL_CLIENTS))
    if unknown:
        p.error(f"unknown clients: {', '.join(unknown)}")
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pin = len(cpus) >= 2
    with server_process(cpu=cpus[-1] if pin else None) as server:
        _pin(cpus[0] if pin else None)
        if a.bulk:
            calls = a.calls or 2000
            bulk = measure_bulk(server.url, a.blocks, calls, names)
        else:
            calls = a.calls or 400
            results = measure(server.url, a.blocks, calls, names)
    if a.bulk:
        print(f"BULK, PAIRED: create_application at 64 in flight, {a.blocks} blocks x {calls} calls per client, one process")
        print(report_bulk(bulk, "raw_aiohttp"))
    else:
        print(f"PER CALL, PAIRED: sequential get_application, {a.blocks} blocks x {calls} calls per client, one process")
        print(report(results, "raw_aiohttp"))
    print(f"Python {sys.version.split()[0]}, " + (f"server on CPU {cpus[-1]}, clients on CPU {cpus[0]}" if pin else "unpinned")
          + f", host load {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main(sys.argv[1:])
