"""``genauth apps|users provision``: a file of items into a user pool, safe to interrupt and resume.

Exit status: 0 every item created or found existing; 1 some items failed, were rejected or are
``unknown``; 2 a usage error (nothing was sent); 3 the run was stopped because the server refused
the credentials or the connections; 130/143 interrupted by SIGINT/SIGTERM (the items in flight
were finished and reported first).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._bulk_fields import LIST_SEPARATOR, Fields
from ._cli_report import Origin, PriorRun, ReportWriter, check_host, check_origin, read_report
from ._cli_target import Target, UsageError, open_client, resolve_target
from ._input import InputError, InputRecord, InputSource, open_input
from .bulk import ProvisionAborted, ProvisionSummary, ResourceKind, provision
from .errors import GenAuthError, TransportError, ValidationError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ABORTED = 0, 1, 2, 3
MAX_ECHOED_FAILURES = 50  # per-item lines on stderr when a report holds them all anyway

INPUT_HELP = f"""\
input: one item per JSONL line, CSV row or YAML list entry ('-' reads standard input; give
--format then). Fields take the API's names (appName) or the Python ones (app_name). In CSV,
a list field is JSON (["a","b"]) or plain values joined by '{LIST_SEPARATOR}' (a{LIST_SEPARATOR}b); numbers and true/false
are written as themselves, objects as JSON. Enum fields must hold one of their values.
Every item is checked as the client checks arguments before anything is sent (--dry-run
checks only that); a rejected line is reported with its line number and sent nowhere.

target: --host/--access-key-id/--access-key-secret, else $GENAUTH_HOST/$GENAUTH_ACCESS_KEY_ID/
$GENAUTH_ACCESS_KEY_SECRET. With none of them set, or with --emulator, the run goes to a
throwaway embedded emulator; a partial setting is refused. The first line says where it goes.

exit status: 0 all done; 1 some items failed, rejected or unknown; 2 usage error, nothing sent;
3 stopped early (credentials or connections refused); 130/143 interrupted (SIGINT/SIGTERM):
items in flight are finished and reported, then run again with --resume.
"""


def add_provision_parser(actions: Any, kind: str, label: str, positive: Any) -> None:
    run = actions.add_parser(
        "provision", help=f"create {label} from a JSONL, CSV or YAML file",
        description=f"Create {label} from a file, with bounded concurrency; nothing is created twice.",
        epilog=INPUT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("file", help="the input file (.jsonl, .csv, .yaml), or - for standard input")
    run.add_argument("--format", choices=("jsonl", "csv", "yaml"), help="the input's format (default: by suffix)")
    run.add_argument("--concurrency", type=positive, default=32, help="requests in flight at once (default 32)")
    run.add_argument("--max-attempts", type=positive, default=6,
                     help="failed creates and look-ups allowed per item before it is given up (default 6)")
    run.add_argument("--report", type=Path, help="write one JSON line per item to this file")
    run.add_argument("--dry-run", action="store_true", help="check the file; send nothing")
    run.add_argument("--resume", action="store_true",
                     help="skip items done in --report; look up its 'unknown' ones before sending")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    from ._cli_target import add_target_flags

    add_target_flags(run)


class _Feed:
    """Input records turned into items: bad lines reported and set aside, finished keys skipped."""

    def __init__(self, source: InputSource, kind: ResourceKind, skip: set[str], report: ReportWriter,
                 echo: _Echo, stop: asyncio.Event | None = None) -> None:
        self.source = source
        self.kind = kind
        self.fields: Fields | None = getattr(kind, "fields", None)
        self.skip = skip
        self.report = report
        self.echo = echo
        self.stop = stop
        self.rejected = 0
        self.skipped = 0
        self.broken: InputError | None = None
        self.lines: dict[int, int] = {}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        records = iter(self.source)
        while self.stop is None or not self.stop.is_set():
            try:
                record = next(records)
            except StopIteration:
                return
            except InputError as error:  # a pipe that turns out not to be text: stop taking items
                self.broken = error
                return
            item = self._check(record)
            if item is not None:
                self.lines[id(item)] = record.line
                yield item

    def _check(self, record: InputRecord) -> dict[str, Any] | None:
        if record.data is None:
            self._reject(record.line, record.problem or "unreadable")
            return None
        data = record.data
        if self.source.textual and self.fields is not None:
            data = self.fields.from_text(data)
        try:
            kwargs, key = self.kind.prepare(data)
            if self.fields is not None:
                self.fields.check(kwargs)
        except ValidationError as error:
            self._reject(record.line, str(error))
            return None
        if key is not None and key in self.skip:
            self.skipped += 1
            self.echo.progress()
            return None
        return data

    def _reject(self, line: int, problem: str) -> None:
        self.rejected += 1
        self.report.rejected(line, problem)
        self.echo.problem(line, problem)
        self.echo.progress()


class _Echo:
    """What the user sees while the run goes: problems on stderr and the progress bar."""

    def __init__(self, name: str, progress: _Progress | None, summary: ProvisionSummary, has_report: bool) -> None:
        self.name = name
        self.bar = progress
        self.summary = summary
        self.limit = MAX_ECHOED_FAILURES if has_report else None
        self.echoed = 0
        self.held_back = 0
        self.extra = 0  # rejected and skipped lines, which the summary does not count

    def problem(self, line: int | None, message: str) -> None:
        if self.limit is not None and self.echoed >= self.limit:
            self.held_back += 1
            return
        self.echoed += 1
        self._print(f"{self.name}:{line}: {message}")

    def _print(self, text: str) -> None:
        if self.bar is not None:
            self.bar.print(text)
        else:
            print(text, file=sys.stderr, flush=True)

    def progress(self, counted: bool = False) -> None:
        if not counted:
            self.extra += 1
        if self.bar is not None:
            self.bar.update(self.summary, self.summary.total + self.extra)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.held_back:
            print(f"... and {self.held_back} more problems: see the report", file=sys.stderr)


class _Progress:
    """A rich progress bar on stderr: done/total, rate and ETA when the total is known, else a counter."""

    def __init__(self, label: str, total: int | None, console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns: list[Any]
        if total is None:
            columns = [SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} done"),
                       TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        else:
            columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                       TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn()]
        self._progress = Progress(*columns, console=console or Console(stderr=True), transient=False)
        self._label = label
        self._task = self._progress.add_task(label, total=total, rate="", start=True)
        self._started = time.monotonic()
        self._progress.start()

    def update(self, summary: ProvisionSummary, done: int) -> None:
        elapsed = time.monotonic() - self._started
        rate = f"{done / elapsed:,.0f}/s" if elapsed > 0 else ""
        self._progress.update(
            self._task, completed=done, rate=rate,
            description=f"{self._label} ({summary.created} created, {summary.existed} existed, "
                        f"{summary.failed + summary.unknown} failed)",
        )

    def print(self, text: str) -> None:
        self._progress.console.print(text, markup=False, highlight=False)

    def render(self) -> None:
        self._progress.refresh()

    def close(self) -> None:
        self._progress.stop()


def _progress_for(args: argparse.Namespace, label: str, total: int | None) -> _Progress | None:
    if args.no_progress or not sys.stderr.isatty():
        return None
    try:
        return _Progress(label, total)
    except ImportError:  # rich comes with the cli extra
        return None


class _Signals:
    """SIGINT and SIGTERM alike: the first stops the run gracefully, a second cancels it."""

    def __init__(self, stop: asyncio.Event) -> None:
        self.stop = stop
        self.received: list[int] = []
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                self._loop.add_signal_handler(sig, self._on_signal, sig)

    def _on_signal(self, sig: int) -> None:
        self.received.append(sig)
        if len(self.received) == 1:
            self.stop.set()
            print(f"genauth: {signal.Signals(sig).name}: finishing the items in flight, then stopping "
                  f"(again to stop at once)", file=sys.stderr, flush=True)
        elif self._task is not None:
            self._task.cancel()

    @property
    def exit_code(self) -> int | None:
        return 128 + int(self.received[0]) if self.received else None

    def close(self) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                self._loop.remove_signal_handler(sig)


def _target_error(host: str, error: GenAuthError) -> str:
    if isinstance(error, TransportError):
        return f"genauth: cannot reach {host}: {error}"
    return f"genauth: {host} refused to start the run: {error}"


async def run_provision(args: argparse.Namespace, kind: ResourceKind) -> int:
    try:
        if args.resume and args.report is None:
            raise UsageError("--resume needs --report (the report of the earlier run)")
        target = resolve_target(args)
        source = open_input(args.file, args.format)
        prior = read_report(args.report) if args.resume else PriorRun()
        if prior.origin is not None and target.host is not None:
            check_host(prior, kind.name, target.host, args.report)
    except (UsageError, InputError) as error:
        print(f"genauth: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.dry_run:
        return _dry_run(kind, source, prior)
    return await _live_run(args, kind, source, prior, target)


def _dry_run(kind: ResourceKind, source: InputSource, prior: PriorRun) -> int:
    echo = _Echo(source.name, None, ProvisionSummary(), has_report=False)
    feed = _Feed(source, kind, prior.done, ReportWriter(None), echo)
    valid = sum(1 for _ in feed)
    if feed.broken is not None:
        print(f"genauth: {feed.broken}", file=sys.stderr)
        return EXIT_USAGE
    print(f"dry run: {valid} valid, {feed.rejected} invalid, {feed.skipped} already done; nothing sent")
    return EXIT_FAILED if feed.rejected else EXIT_OK


async def _live_run(args: argparse.Namespace, kind: ResourceKind, source: InputSource, prior: PriorRun,
                    target: Target) -> int:
    stop = asyncio.Event()
    signals = _Signals(stop)
    summary = ProvisionSummary()
    report: ReportWriter | None = None
    echo: _Echo | None = None
    feed: _Feed | None = None
    aborted: ProvisionAborted | None = None
    try:
        async with open_client(target) as (client, host):
            try:
                token = await client.get_management_token()  # one request: refused keys end the run here
            except GenAuthError as error:
                print(_target_error(host, error), file=sys.stderr)
                return EXIT_ABORTED
            origin = Origin(kind.name, host, token.userpool_id)
            pool = token.userpool_id or "(unknown)"
            if target.embedded:
                print(f"{kind.name} -> user pool {pool} on the embedded emulator at {host}, a throwaway: nothing "
                      f"reaches GenAuth ({target.reason})", flush=True)
            else:
                print(f"{kind.name} -> user pool {pool} at {host}", flush=True)
            if prior.origin is not None:
                try:
                    check_origin(prior, origin, args.report)
                except UsageError as error:
                    print(f"genauth: {error}", file=sys.stderr)
                    return EXIT_USAGE
            if stop.is_set():
                return signals.exit_code or EXIT_FAILED
            report = ReportWriter.open(args.report, origin, resumed=args.resume)
            echo = _Echo(source.name, _progress_for(args, kind.name, source.total), summary,
                         has_report=args.report is not None)
            feed = _Feed(source, kind, prior.done, report, echo, stop)
            try:
                async for result in provision(client, kind, feed, concurrency=args.concurrency, summary=summary,
                                              max_attempts=args.max_attempts, stop=stop,
                                              unsure_keys=prior.unsure):
                    line = feed.lines.pop(id(result.source), None)
                    report.result(result, line)
                    echo.progress(counted=True)
                    if result.status in ("failed", "unknown"):
                        detail = result.to_json().get("error", {}).get("message")
                        echo.problem(line, f"{result.status}: {detail}")
            except ProvisionAborted as error:
                aborted = error
    except asyncio.CancelledError:
        if not signals.received:
            raise
        print("genauth: stopped at once: items that were in flight are not in the report; "
              "--resume looks them up before sending anything again", file=sys.stderr)
    finally:
        signals.close()
        if echo is not None:
            echo.close()
        if report is not None:
            report.close()
    return _finish(kind, summary, feed, aborted, signals)


def _finish(kind: ResourceKind, summary: ProvisionSummary, feed: _Feed | None, aborted: ProvisionAborted | None,
            signals: _Signals) -> int:
    rejected = feed.rejected if feed is not None else 0
    skipped = feed.skipped if feed is not None else 0
    print(
        f"{kind.name}: created {summary.created}, existed {summary.existed}, failed {summary.failed}, "
        f"unknown {summary.unknown}, rejected {rejected}, skipped {skipped} (done earlier); "
        f"{summary.total} in {summary.elapsed:.2f} s, {summary.throughput:.0f}/s; "
        f"retries {summary.retries}, throttled {summary.throttled}",
        flush=True,
    )
    if aborted is not None:
        print(f"genauth: stopped early: {aborted}. Items not started are not in the report; fix the cause "
              f"and run again with --resume", file=sys.stderr)
        return EXIT_ABORTED
    if signals.exit_code is not None:
        print("interrupted; run again with --resume to finish", file=sys.stderr)
        return signals.exit_code
    if feed is not None and feed.broken is not None:
        print(f"genauth: {feed.broken}; the items before it were run", file=sys.stderr)
        return EXIT_USAGE
    if summary.unknown:
        print(f"genauth: {summary.unknown} items are unknown (sent, unconfirmed): --resume looks them up first",
              file=sys.stderr)
    return EXIT_FAILED if summary.failed or summary.unknown or rejected else EXIT_OK

