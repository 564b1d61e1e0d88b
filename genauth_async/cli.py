"""The ``genauth`` command: bulk provisioning, one-off calls and the local emulator.

With nothing configured at all (no keys, no host), or with ``--emulator``, the provisioning and
call commands run against a throwaway embedded emulator and say so on their first line, so the
command can be tried on a fresh machine without a GenAuth account. A partial configuration is
refused before anything is sent (see :mod:`genauth_async._cli_target`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, TypeVar

from ._cli_provision import add_provision_parser, run_provision
from ._cli_target import UsageError, add_target_flags, open_client, resolve_target
from .bulk import APPLICATIONS, USERS, ResourceKind

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

    for kind, label in (("apps", "applications"), ("users", "users")):
        group = commands.add_parser(kind, help=f"bulk operations on {label}")
        actions = group.add_subparsers(dest="action", required=True)
        add_provision_parser(actions, kind, label, _positive_int)

    call = commands.add_parser("call", help="call any management endpoint: genauth call METHOD key=value ...")
    call.add_argument("method")
    call.add_argument("arguments", nargs="*", metavar="key=value")
    add_target_flags(call)

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
        return _run(run_provision(args, _KINDS[args.command]))
    except KeyboardInterrupt:  # before the command's own handlers were installed, or after
        print("interrupted", file=sys.stderr)
        return 130


def _run(main: Coroutine[Any, Any, _T]) -> _T:
    """Run the command on uvloop when the ``speedups`` extra installed it: the bulk run's client
    CPU per request is what bounds its throughput, and uvloop's loop costs less of it."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    # Typed through a local: uvloop's own annotations where it is installed, Any where it is not.
    result: _T = uvloop.run(main)
    return result


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
    try:
        target = resolve_target(args)
    except UsageError as error:
        print(f"genauth: {error}", file=sys.stderr)
        return 2
    async with open_client(target) as (client, host):
        if target.embedded:
            print(f"calling the embedded emulator at {host} ({target.reason})", file=sys.stderr)
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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
