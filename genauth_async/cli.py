"""The ``genauth`` command: bulk provisioning, one-off calls and the local emulator.

With no credentials in the flags or the environment, the provisioning and call commands start the
embedded emulator and say so on their first line, so the command can be tried on a fresh machine
without a GenAuth account.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Coroutine, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._input import InputRecord, read_records
from .bulk import APPLICATIONS, USERS, ProvisionResult, ProvisionSummary, ResourceKind, provision

if TYPE_CHECKING:
    from ._generated.clients import ManagementClient

_T = TypeVar("_T")
_KINDS: dict[str, ResourceKind] = {"apps": APPLICATIONS, "users": USERS}


def _positive_int(text: str) -> int:
    """argparse type for counts such as --concurrency: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number (at least 1), got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="genauth", description="GenAuth V3 API from the command line.")
    commands = parser.add_subparsers(dest="command", required=True)

    def credentials(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--access-key-id", default=os.environ.get("GENAUTH_ACCESS_KEY_ID"))
        sub.add_argument("--access-key-secret", default=os.environ.get("GENAUTH_ACCESS_KEY_SECRET"))
        sub.add_argument("--host", default=os.environ.get("GENAUTH_HOST"))

    for kind, label in (("apps", "applications"), ("users", "users")):
        group = commands.add_parser(kind, help=f"bulk operations on {label}")
        actions = group.add_subparsers(dest="action", required=True)
        run = actions.add_parser("provision", help=f"create {label} from a JSONL, CSV or YAML file")
        run.add_argument("file", type=Path)
        run.add_argument("--concurrency", type=_positive_int, default=32,
                         help="requests in flight at once (default 32)")
        run.add_argument("--report", type=Path, help="write one JSON line per item to this file")
        run.add_argument("--dry-run", action="store_true", help="check the file; send nothing")
        run.add_argument("--resume", action="store_true", help="skip items already done in --report")
        run.add_argument("--no-progress", action="store_true", help="no progress bar")
        credentials(run)

    call = commands.add_parser("call", help="call any management endpoint: genauth call METHOD key=value ...")
    call.add_argument("method")
    call.add_argument("arguments", nargs="*", metavar="key=value")
    credentials(call)

    emulator = commands.add_parser("emulator", help="run the local GenAuth emulator (same flags as "
                                   "'python -m genauth_async.testing serve')")
    emulator.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["emulator"]:
        return _emulator(arguments[1:])
    args = _parser().parse_args(arguments)
    try:
        if args.command == "call":
            return _run(_call(args))
        return _run(_provision(args, _KINDS[args.command]))
    except KeyboardInterrupt:
        print("interrupted; run again with --resume to finish", file=sys.stderr)
        return 130


def _run(main: Coroutine[Any, Any, _T]) -> _T:
    """Run the command on uvloop when the ``speedups`` extra installed it: the bulk run's client
    CPU per request is what bounds its throughput, and uvloop's loop costs less of it."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)  # type: ignore[no-any-return]


def _emulator(rest: list[str]) -> int:
    """``genauth emulator [FLAGS]`` is ``python -m genauth_async.testing serve [FLAGS]``.

    The flags are handed over whole (argparse would otherwise read the emulator's own --flags as
    ours). They are checked first against the emulator's own serve parser renamed to this command,
    so --help lists the serve flags and a bad flag is reported under ``genauth emulator``.
    """
    from .testing.__main__ import build_parser
    from .testing.__main__ import main as emulator_main

    if rest[:1] == ["serve"]:
        rest = rest[1:]
    serve = _subparser(build_parser(), "serve")
    if serve is not None:
        serve.prog = "genauth emulator"
        serve.description = ("Run the local GenAuth emulator until SIGINT or SIGTERM. Its URL is "
                             "printed on the first line of stdout; keys and pool id go to stderr.")
        serve.parse_args(rest)  # exits here for --help and for bad flags
    return emulator_main(["serve", *rest])


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = action.choices.get(name)
            return found if isinstance(found, argparse.ArgumentParser) else None
    return None


@contextlib.asynccontextmanager
async def _client(args: argparse.Namespace, out: IO[str]) -> AsyncIterator[ManagementClient]:
    from . import ManagementClient

    if args.access_key_id and args.access_key_secret:
        async with ManagementClient(args.access_key_id, args.access_key_secret, host=args.host) as client:
            yield client
        return
    from .testing import Emulator

    async with Emulator() as emu:
        print(f"No credentials given (GENAUTH_ACCESS_KEY_ID/GENAUTH_ACCESS_KEY_SECRET): "
              f"using the embedded GenAuth emulator at {emu.url}", file=out, flush=True)
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            yield client


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _call_params(method: str) -> tuple[dict[str, dict[str, Any]], Mapping[str, Any]]:
    """The spec's parameters of a management endpoint, by Python name and by wire name; and the enums."""
    from ._spec import load_spec

    spec = load_spec()
    params: dict[str, dict[str, Any]] = {}
    for endpoint in spec["endpoints"]:
        if endpoint["client"] == "management" and endpoint["name"] == method:
            for param in endpoint["params"]:
                params[param["name"]] = param
            for param in endpoint["params"]:
                params.setdefault(param["wire"], param)
            break
    return params, spec.get("enums") or {}


def _coerce(text: str, declared: Mapping[str, Any] | None, enums: Mapping[str, Any]) -> Any:
    """A command-line value as the parameter's declared type wants it.

    Text stays text where the spec says ``str`` (a phone number, a numeric username, "true" as a
    nickname) and for enums of strings; ints, bools, lists, models and untyped values are decoded
    as JSON, falling back to the text (so that the client's own validation names the problem).
    """
    if declared is None:  # not in the spec: the best guess, as before
        return _parse_value(text)
    kind = declared.get("kind")
    if kind == "str":
        return text
    if kind == "enum":
        values = (enums.get(str(declared.get("name"))) or {}).get("values") or []
        return text if all(isinstance(value, str) for value in values) else _parse_value(text)
    if kind == "union":
        decoded = _parse_value(text)
        takes_text = any(member.get("kind") == "str" for member in declared.get("of") or [])
        return text if takes_text and not isinstance(decoded, (list, dict)) else decoded
    return _parse_value(text)


async def _call(args: argparse.Namespace) -> int:
    from ._converter import to_wire
    from .errors import GenAuthError

    params, enums = _call_params(args.method)
    kwargs: dict[str, Any] = {}
    for argument in args.arguments:
        key, sep, value = argument.partition("=")
        if not sep or not key:
            print(f"argument {argument!r} is not key=value", file=sys.stderr)
            return 2
        param = params.get(key)
        kwargs[param["name"] if param else key] = _coerce(value, param["type"] if param else None, enums)
    async with _client(args, sys.stderr) as client:
        method = getattr(client, args.method, None)
        if method is None or args.method.startswith("_") or not callable(method):
            print(f"no management endpoint named {args.method!r}", file=sys.stderr)
            return 2
        try:
            result = await method(**kwargs)
        except TypeError as error:
            print(f"{args.method}: {error}", file=sys.stderr)
            return 2
        except GenAuthError as error:
            print(f"{type(error).__name__}: {error}", file=sys.stderr)
            return 1
        print(json.dumps(to_wire(result), ensure_ascii=False, indent=2, default=str))
    return 0


def _done_keys(report: Path) -> set[str]:
    """Keys an earlier run finished (created or found existing); a resumed run skips them."""
    done: set[str] = set()
    if not report.exists():
        return done
    with report.open(encoding="utf-8") as handle:
        for line in handle:
            with contextlib.suppress(json.JSONDecodeError):
                entry = json.loads(line)
                if entry.get("status") in ("created", "existed") and entry.get("key"):
                    done.add(str(entry["key"]))
    return done


class _Feed:
    """Turns input records into provisioning items, setting aside bad lines and finished keys."""

    def __init__(self, records: Iterator[InputRecord], kind: ResourceKind, skip: set[str]) -> None:
        self.records = records
        self.kind = kind
        self.skip = skip
        self.rejected: list[tuple[int, str]] = []
        self.skipped = 0

    def __iter__(self) -> Iterator[InputRecord]:
        from .errors import ValidationError

        for record in self.records:
            if record.data is None:
                self.rejected.append((record.line, record.problem or "unreadable"))
                continue
            try:
                _, key = self.kind.prepare(record.data)
            except ValidationError as error:
                self.rejected.append((record.line, str(error)))
                continue
            if key is not None and key in self.skip:
                self.skipped += 1
                continue
            yield record


async def _provision(args: argparse.Namespace, kind: ResourceKind) -> int:
    if args.resume and args.report is None:
        print("--resume needs --report (the report of the earlier run)", file=sys.stderr)
        return 2
    try:
        records = read_records(args.file)
    except (OSError, ValueError) as error:
        print(error, file=sys.stderr)
        return 2
    feed = _Feed(records, kind, _done_keys(args.report) if args.resume else set())
    if args.dry_run:
        valid = sum(1 for _ in feed)
        for line, problem in feed.rejected:
            print(f"{args.file}:{line}: {problem}", file=sys.stderr)
        print(f"dry run: {valid} valid, {len(feed.rejected)} invalid, {feed.skipped} already done; nothing sent")
        return 1 if feed.rejected else 0

    report = args.report.open("a" if args.resume else "w", encoding="utf-8") if args.report else None
    summary = ProvisionSummary()
    progress = None if args.no_progress else _progress_bar(kind.name)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        async with _client(args, sys.stdout) as client:
            lines: dict[int, int | None] = {}

            def items() -> Iterator[dict[str, Any]]:
                for record in feed:
                    if stop.is_set():
                        return
                    lines[id(record.data)] = record.line
                    yield record.data or {}

            async for result in provision(client, kind, items(), concurrency=args.concurrency, summary=summary):
                source_line = lines.pop(id(result.source), None)
                _write(report, result, source_line)
                if progress is not None:
                    progress.update(summary)
                if result.status == "failed":
                    print(f"{args.file}:{source_line}: {result.to_json().get('error', {}).get('message')}",
                          file=sys.stderr)
    finally:
        with contextlib.suppress(NotImplementedError):
            loop.remove_signal_handler(signal.SIGINT)
        if progress is not None:
            progress.close()
        if report is not None:
            report.close()
    for line, problem in feed.rejected:
        print(f"{args.file}:{line}: {problem}", file=sys.stderr)
    failed = summary.failed + len(feed.rejected)
    print(
        f"{kind.name}: created {summary.created}, existed {summary.existed}, failed {failed}, "
        f"skipped {feed.skipped} (done earlier); {summary.total} in {summary.elapsed:.2f} s, "
        f"{summary.throughput:.0f}/s; retries {summary.retries}, throttled {summary.throttled}"
    )
    if stop.is_set():
        print("interrupted; run again with --resume to finish", file=sys.stderr)
        return 130
    return 1 if failed else 0


def _write(report: IO[str] | None, result: ProvisionResult, line: int | None) -> None:
    if report is None:
        return
    entry = result.to_json()
    entry["line"] = line
    report.write(json.dumps(entry, ensure_ascii=False) + "\n")
    report.flush()


class _progress_bar:  # noqa: N801 - used like a function
    """A rich progress line on stderr when rich is installed and stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self._progress: Any = None
        if not sys.stderr.isatty():
            return
        try:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        except ImportError:
            return
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(label)
        self._label = label

    def update(self, summary: ProvisionSummary) -> None:
        if self._progress is not None:
            self._progress.update(
                self._task,
                description=f"{self._label}: {summary.total} done ({summary.created} created, "
                f"{summary.existed} existed, {summary.failed} failed) {summary.throughput:.0f}/s",
            )

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
