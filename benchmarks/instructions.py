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

from .clients import GenauthAsync, RawAiohttp
from .harness import server_process

CONCURRENCY = 64
MODES = ("raw_aiohttp", "genauth_async_transport", "genauth_async")


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
                   help=f"comma-separated subset of {', '.join(MODES)} (raw_aiohttp is always counted: it is the reference)")
    p.add_argument("--child", nargs=3, metavar=("MODE", "URL", "CALLS"), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.child:
        mode, url, calls = a.child
        try:
            import uvloop

            uvloop.run(_loop(mode, url, int(calls)))
        except ImportError:
            asyncio.run(_loop(mode, url, int(calls)))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    low, high = a.calls
    modes = [m for m in MODES if m == "raw_aiohttp" or m in a.modes.split(",")]
    per_call: dict[str, float] = {}
    with server_process() as server:
        for mode in modes:
            per_call[mode] = (_count(mode, server.url, high) - _count(mode, server.url, low)) / (high - low)
    base = per_call["raw_aiohttp"]
    print(f"client instructions per create_application call, 64 concurrent ({high} - {low} calls, callgrind)")
    for mode in modes:
        print(f"  {mode:26s} {per_call[mode]:>10,.0f}   x raw {per_call[mode] / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
