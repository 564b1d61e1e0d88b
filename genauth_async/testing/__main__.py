"""``python -m genauth_async.testing serve``: run the emulator until SIGINT or SIGTERM.

The URL is printed on one flushed line so a parent process (a test, a CI script) can read it and
start talking to the server; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from genauth_async.testing.faults import KINDS, RETRY_AFTER_FORMATS, Fault, FaultPlan
from genauth_async.testing.server import Emulator


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m genauth_async.testing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the emulator")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1: local only)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    serve.add_argument("--access-key-id", default=None, help="default: the user pool id")
    serve.add_argument(
        "--access-key-secret",
        default=None,
        help="default: a random secret (kept in --db), which is then printed to stderr at startup; "
        "a secret given here is never printed",
    )
    serve.add_argument("--user-pool-id", default=None, help="default: a random id (kept in --db)")
    serve.add_argument("--token-ttl", type=int, default=7200, help="token lifetime in seconds")
    serve.add_argument("--db", default=None, help="SQLite file that keeps state across restarts")
    serve.add_argument("--max-body-size", type=int, default=16 * 1024 * 1024,
                       help="largest request body in bytes (default 16 MiB); larger ones get 413")
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[:k=v,...]",
        help=f"inject a fault; KIND is one of {', '.join(KINDS)}; options: path (glob), method, rate, "
        "count, status, http_status, retry_after (seconds; sent as an integer rounded up), "
        f"retry_after_format ({', '.join(RETRY_AFTER_FORMATS)}), latency (seconds) or ms. Repeatable.",
    )
    serve.add_argument("--fault-seed", type=int, default=None, help="seed of the fault RNG (reproducible runs)")
    serve.add_argument("--error-rate", type=float, default=None, help="shorthand for --fault error:rate=R")
    serve.add_argument("--throttle-rate", type=float, default=None, help="shorthand for --fault throttle:rate=R")
    serve.add_argument("--latency-ms", type=float, default=None, help="shorthand for --fault latency:ms=N")
    serve.add_argument("--drop-rate", type=float, default=None, help="shorthand for --fault drop_after:rate=R")
    return parser


def faults_from(args: argparse.Namespace) -> FaultPlan:
    faults = [Fault.parse(text) for text in args.fault]
    if args.error_rate:
        faults.append(Fault(kind="error", rate=args.error_rate))
    if args.throttle_rate:
        faults.append(Fault(kind="throttle", rate=args.throttle_rate))
    if args.latency_ms:
        faults.append(Fault(kind="latency", latency=args.latency_ms / 1000.0))
    if args.drop_rate:
        faults.append(Fault(kind="drop_after", rate=args.drop_rate))
    return FaultPlan(faults, seed=args.fault_seed)


async def serve(args: argparse.Namespace) -> None:
    emu = Emulator(
        access_key_id=args.access_key_id,
        access_key_secret=args.access_key_secret,
        host=args.host,
        port=args.port,
        token_ttl=args.token_ttl,
        db=args.db,
        faults=faults_from(args),
        user_pool_id=args.user_pool_id,
        max_body_size=args.max_body_size,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    async with emu:
        print(emu.url, flush=True)
        # The secret is shown only when the caller does not know it already (it was generated,
        # now or in an earlier run kept in --db); one given on the command line stays off the logs.
        shown = "" if args.access_key_secret else f"; access key secret {emu.access_key_secret}"
        print(
            f"user pool {emu.user_pool_id}; access key id {emu.access_key_id}{shown}",
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()
    if emu.faults.total:
        print(f"faults injected: {dict(emu.faults.stats)}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        faults_from(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
