"""Client instructions per bulk call, counted by valgrind (callgrind): a figure the host's noise cannot move.

On a shared 2-core host the CPU-µs ratios of ``python -m benchmarks`` swing by ±15 % between
identical runs, which is as large as the differences we try to see. Instruction counts do not
swing: this script runs the same 64-way ``create_application`` loop under callgrind for two call
counts and reports the difference divided by the extra calls, so start-up, imports and warm-up
cancel out. It compares raw aiohttp with ``genauth_async`` and with ``genauth_async``'s transport
alone (``Transport.send`` with prepared headers and body), which splits our overhead into "HTTP
layer" and "everything above it" (argument checks, body building, envelope, typed models).

    python -m benchmarks.instructions [--calls 1000 3000]

Needs ``valgrind`` (Debian package); takes about four minutes. Instructions are not time (cache
misses are not counted), but a change that removes instructions from the hot path shows here
whatever the neighbours on the host are doing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile

from .clients import GenauthAsync, GenauthSync, RawAiohttp
from .harness import server_process

CONCURRENCY = 64
MODES = ("raw_aiohttp", "genauth_async_transport", "genauth_async")
#: Sequential get_application calls, one at a time (the per-call targets). The sync facade's count
#: covers both of its threads (valgrind runs them one at a time); the kernel's context switches
#: between them are not instructions of the process and are not counted.
SEQ_MODES = ("raw_aiohttp_seq", "genauth_async_seq", "genauth_sync_seq")


async def _seq_loop(mode: str, url: str, calls: int) -> None:
    adapter: RawAiohttp | GenauthAsync
    adapter = await (RawAiohttp if mode == "raw_aiohttp_seq" else GenauthAsync)(url, False, 1).open()
    try:
        app_id = await adapter.create("seq", "seq")
        for _ in range(calls):
            await adapter.get(app_id)
    finally:
        await adapter.close()


def _sync_seq(url: str, calls: int) -> None:
    adapter = GenauthSync(url, False, 1).open()
    try:
        app_id = adapter.create("seq", "seq")
        for _ in range(calls):
            adapter.get(app_id)
    finally:
        adapter.close()


async def _loop(mode: str, url: str, calls: int) -> None:
    adapter: RawAiohttp | GenauthAsync
    adapter = await (RawAiohttp if mode == "raw_aiohttp" else GenauthAsync)(url, False, CONCURRENCY).open()
    try:
        await asyncio.gather(*(adapter.create(f"w{i}", f"w{i}") for i in range(CONCURRENCY)))
        todo = iter(range(calls))
        if mode == "genauth_async_transport":
            import orjson

            assert isinstance(adapter, GenauthAsync)
            client = adapter.client
            path = "/api/v3/create-application"
            from genauth_async._request import Request

            headers, _ = client._headers_now(Request("POST", path, json_body=True))
            transport = client._transport

            async def worker() -> None:
                for i in todo:
                    body = orjson.dumps({"appName": f"n{i}", "appIdentifier": f"i{i}"})
                    _, _, raw = await transport.send(Request("POST", path, body=body, json_body=True),
                                                     headers, 10.0)
                    orjson.loads(raw)["data"]["appId"]
        else:
            async def worker() -> None:
                for i in todo:
                    await adapter.create(f"n{i}", f"i{i}")

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    finally:
        await adapter.close()


def _count(mode: str, url: str, calls: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-m",
               "benchmarks.instructions", "--child", mode, url, str(calls)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        match = re.search(r"Collected : (\d+)", done.stderr)
        if match is None:
            raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
        return int(match.group(1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.instructions", description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, nargs=2, default=(1000, 3000), metavar=("LOW", "HIGH"))
    p.add_argument("--modes", default=",".join(MODES),
                   help=f"comma-separated subset of {', '.join(MODES + SEQ_MODES)} (raw_aiohttp, or raw_aiohttp_seq for "
                        "the sequential modes, is always counted: it is the reference)")
    p.add_argument("--child", nargs=3, metavar=("MODE", "URL", "CALLS"), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.child:
        mode, url, calls = a.child
        if mode == "genauth_sync_seq":
            _sync_seq(url, int(calls))
            return 0
        coro = (_seq_loop if mode in SEQ_MODES else _loop)(mode, url, int(calls))
        try:
            import uvloop

            uvloop.run(coro)
        except ImportError:
            asyncio.run(coro)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    low, high = a.calls
    asked = a.modes.split(",")
    unknown = sorted(set(asked) - set(MODES + SEQ_MODES))
    if unknown:
        p.error(f"unknown mode(s): {', '.join(unknown)}")
    groups = [
        ("create_application call, 64 concurrent", "raw_aiohttp", [m for m in MODES if m in asked]),
        ("get_application call, sequential", "raw_aiohttp_seq", [m for m in SEQ_MODES if m in asked]),
    ]
    per_call: dict[str, float] = {}
    with server_process() as server:
        for _, reference, chosen in groups:
            if not chosen:
                continue
            for mode in [reference] + [m for m in chosen if m != reference]:
                per_call[mode] = (_count(mode, server.url, high) - _count(mode, server.url, low)) / (high - low)
    for title, reference, chosen in groups:
        if not chosen:
            continue
        base = per_call[reference]
        print(f"client instructions per {title} ({high} - {low} calls, callgrind)")
        for mode in [reference] + [m for m in chosen if m != reference]:
            print(f"  {mode:26s} {per_call[mode]:>10,.0f}   x raw {per_call[mode] / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
