"""Runs ONE client on ONE scenario in its own process and prints one JSON line with the measurements.

``python -m benchmarks.worker '{"client": "raw_aiohttp", "drive": "tasks", "n": 2000, ...}'``

CPU is ``resource.getrusage(RUSAGE_SELF)`` (user + system, every thread of this process) taken right
before and after the timed section, so imports, client construction, the token fetch and the warm-up
calls are excluded. Memory is ``ru_maxrss`` (peak RSS, KiB on Linux): at start, after the imports and
construction, and at the end of the run.

Drives:
- ``tasks``: ``concurrency`` asyncio worker tasks pulling call numbers from a shared counter (async clients);
- ``threads``: a pool of ``threads`` OS threads doing the same with one shared client (sync clients);
- ``seq``: one call after another, each timed for latency percentiles.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import sys
import time
import warnings
from typing import Any


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _maxrss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class Meter:
    def __init__(self) -> None:
        self.latencies_ns: list[int] = []

    def start(self) -> None:
        self.cpu0, self.t0 = _cpu(), time.perf_counter()

    def stop(self) -> None:
        self.t1, self.cpu1 = time.perf_counter(), _cpu()


def _percentile(sorted_values: list[int], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return float(sorted_values[k])


def _call(adapter: Any, op: str, tag: str, i: int) -> Any:
    if op == "create":
        return adapter.create(f"bench {tag} {i}", f"bench-{tag}-{i}")
    return adapter.get(_app_id(i))


def _app_id(i: int) -> str:
    return f"64{i:022x}"


async def _run_async(cfg: dict[str, Any], meter: Meter, marks: dict[str, int]) -> None:
    from .clients import ADAPTERS

    adapter = await ADAPTERS[cfg["client"]](cfg["url"], cfg["https"], cfg["limit"]).open()
    marks["rss_after_open_kb"] = _maxrss_kb()
    op, tag, n = cfg["op"], cfg["tag"], cfg["n"]
    try:
        import asyncio

        async def pool(count: int, width: int, offset: int) -> None:
            counter = itertools.count(offset)
            stop = offset + count

            async def worker() -> None:
                for i in counter:
                    if i >= stop:
                        return
                    await _call(adapter, op, tag, i)

            await asyncio.gather(*(worker() for _ in range(width)))

        width = cfg.get("concurrency", 1)
        # Warm-up: first calls fetch the token and open the pool's connections.
        if cfg["drive"] == "tasks":
            await pool(cfg["warmup"], width, -cfg["warmup"] - 1)
            meter.start()
            await pool(n, width, 0)
            meter.stop()
        else:
            for i in range(cfg["warmup"]):
                await _call(adapter, op, tag, -i - 1)
            lat = meter.latencies_ns
            pc = time.perf_counter_ns
            meter.start()
            for i in range(n):
                t = pc()
                await _call(adapter, op, tag, i)
                lat.append(pc() - t)
            meter.stop()
    finally:
        await adapter.close()


def _run_sync(cfg: dict[str, Any], meter: Meter, marks: dict[str, int]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from .clients import ADAPTERS

    adapter = ADAPTERS[cfg["client"]](cfg["url"], cfg["https"], cfg["limit"]).open()
    marks["rss_after_open_kb"] = _maxrss_kb()
    op, tag, n = cfg["op"], cfg["tag"], cfg["n"]
    try:
        # Warm-up is sequential so that every client (the official one has no lock) fetches one token.
        for i in range(cfg["warmup"]):
            _call(adapter, op, tag, -i - 1)
        if cfg["drive"] == "threads":
            threads = cfg["threads"]
            with ThreadPoolExecutor(threads) as ex:
                # Start the threads before the timed section.
                list(ex.map(lambda _: None, range(threads)))
                counter = itertools.count(0)

                def worker() -> None:
                    for i in counter:  # next() on itertools.count is atomic under the GIL
                        if i >= n:
                            return
                        _call(adapter, op, tag, i)

                meter.start()
                futures = [ex.submit(worker) for _ in range(threads)]
                for f in futures:
                    f.result()
                meter.stop()
        else:
            lat = meter.latencies_ns
            pc = time.perf_counter_ns
            meter.start()
            for i in range(n):
                t = pc()
                _call(adapter, op, tag, i)
                lat.append(pc() - t)
            meter.stop()
    finally:
        adapter.close()


def run(cfg: dict[str, Any]) -> dict[str, Any]:
    from .clients import ASYNC_CLIENTS

    marks = {"rss_start_kb": _maxrss_kb()}
    meter = Meter()
    if cfg["client"] in ASYNC_CLIENTS:
        coro = _run_async(cfg, meter, marks)
        if cfg.get("loop", "uvloop") == "uvloop":
            try:
                import uvloop

                uvloop.run(coro)
            except ImportError:  # pragma: no cover
                import asyncio

                asyncio.run(coro)
        else:
            import asyncio

            asyncio.run(coro)
    else:
        _run_sync(cfg, meter, marks)
    n = cfg["n"]
    elapsed = meter.t1 - meter.t0
    cpu = meter.cpu1 - meter.cpu0
    out: dict[str, Any] = {
        "n": n,
        "elapsed_s": elapsed,
        "cpu_s": cpu,
        "rps": n / elapsed,
        "cpu_us_per_call": cpu / n * 1e6,
        "cpu_util": cpu / elapsed,  # well below 1 for a single-threaded client = it was starved or waiting
        "rss_start_kb": marks["rss_start_kb"],
        "rss_after_open_kb": marks.get("rss_after_open_kb"),
        "rss_peak_kb": _maxrss_kb(),
    }
    out["rss_delta_kb"] = out["rss_peak_kb"] - out["rss_start_kb"]
    if meter.latencies_ns:
        lat = sorted(meter.latencies_ns)
        out["median_us"] = _percentile(lat, 0.5) / 1e3
        out["p99_us"] = _percentile(lat, 0.99) / 1e3
        out["mean_us"] = sum(lat) / len(lat) / 1e3
    return out


def main() -> None:
    cfg = json.loads(sys.argv[1])
    cpus = cfg.get("cpus")
    if cpus and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, set(cpus))
        except OSError:
            pass
    warnings.simplefilter("ignore")  # InsecureRequestWarning per call would be noise (and cost) for every client
    try:
        result = run(cfg)
    except Exception as exc:  # reported, not raised: the harness prints it in the table
        import traceback

        result = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=6)}
    ours = sys.modules.get("genauth_async")
    if ours is not None:  # which checkout was measured (a --baseline run imports another one)
        result["genauth_async_from"] = os.path.dirname(os.path.dirname(os.path.abspath(ours.__file__ or "")))
        if cfg.get("pythonpath") and result["genauth_async_from"] != os.path.abspath(cfg["pythonpath"]):
            result = {"error": f"imported genauth_async from {result['genauth_async_from']}, "
                               f"not the baseline {cfg['pythonpath']}"}
    sys.stdout.write("BENCH-RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
