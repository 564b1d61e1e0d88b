"""Reading provisioning input files (JSONL, CSV, YAML) one record at a time.

Each record comes with its line number so that a bad line can be reported where the user will
look for it, while the good lines still run. A file that cannot be used at all (missing,
unreadable, not UTF-8, YAML that does not parse) is refused by :func:`open_input` before anything
is sent, as one :class:`InputError`; a run that stops half-way on a byte in line 90,000 would
leave the user to work out what was done.

JSONL and CSV are streamed. For a regular file the records are first counted in a streaming
pass (it also finds undecodable bytes), so progress can show a total; a pipe is read once, with
no total. YAML has no streaming form for a list, so it is loaded whole.
"""

from __future__ import annotations

import csv
import io
import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".yaml": "yaml", ".yml": "yaml"}


class InputError(ValueError):
    """The input as a whole cannot be read; the message is one line meant for the user."""


@attrs.frozen(slots=True)
class InputRecord:
    """One record of an input file, or the reason it could not be read."""

    line: int
    data: dict[str, Any] | None = None
    problem: str | None = None


@attrs.frozen(slots=True)
class InputSource:
    """An input checked as a whole: its format, its record count when known, and its records."""

    name: str
    format: str
    total: int | None
    _records: Iterator[InputRecord]

    @property
    def textual(self) -> bool:
        """CSV cells are all text; their declared kinds are applied later, per field."""
        return self.format == "csv"

    def __iter__(self) -> Iterator[InputRecord]:
        return self._records


def open_input(path: str | Path, format: str | None = None) -> InputSource:
    """Check an input (``-`` is standard input) and return its records; raise :class:`InputError`."""
    name = str(path)
    fmt = format or (None if name == "-" else FORMATS.get(Path(name).suffix.lower()))
    if fmt is None:
        if name == "-":
            raise InputError("standard input needs --format (jsonl, csv or yaml)")
        raise InputError(f"{name}: unknown input format {Path(name).suffix!r} (use .jsonl, .csv or .yaml, "
                         f"or --format)")
    if fmt not in ("jsonl", "csv", "yaml"):
        raise InputError(f"unknown format {fmt!r} (use jsonl, csv or yaml)")
    if name == "-":
        return InputSource(name, fmt, None, _records(fmt, _stdin(), name))
    file = Path(name)
    try:
        mode = file.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read it ({error.strerror or error})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{name}: is a directory, not an input file")
    regular = stat.S_ISREG(mode)
    try:
        handle = file.open(encoding="utf-8", newline="" if fmt == "csv" else None)
    except OSError as error:
        raise InputError(f"{name}: cannot read it ({error.strerror or error})") from None
    if fmt == "yaml":
        with handle:
            return _yaml_source(name, handle)
    total = None
    if regular:
        try:
            total = _count(fmt, handle, name)
        except BaseException:
            handle.close()
            raise
        handle.seek(0)
    return InputSource(name, fmt, total, _records(fmt, handle, name))


def _stdin() -> IO[str]:
    return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")


def _count(fmt: str, handle: IO[str], name: str) -> int:
    try:
        if fmt == "jsonl":
            return sum(1 for raw in handle if (text := raw.strip()) and not text.startswith("#"))
        return sum(1 for _ in csv.DictReader(handle))
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except csv.Error as error:
        raise InputError(f"{name}: malformed CSV ({error})") from None


def _records(fmt: str, handle: IO[str], name: str) -> Iterator[InputRecord]:
    with handle:
        try:
            if fmt == "jsonl":
                yield from _read_jsonl(handle)
            else:
                yield from _read_csv(handle)
        except UnicodeDecodeError as error:
            # Only a pipe gets here (a file was decoded whole while counting): stop reading.
            raise InputError(f"{name}: not UTF-8 text ({error.reason})") from None
        except csv.Error as error:
            raise InputError(f"{name}: malformed CSV ({error})") from None


def _read_jsonl(handle: IO[str]) -> Iterator[InputRecord]:
    for number, raw in enumerate(handle, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            yield InputRecord(number, problem=f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        yield _mapping(number, value, "a JSON object")


def _read_csv(handle: IO[str]) -> Iterator[InputRecord]:
    """Rows as text by column name; empty cells are left out. Kinds are applied per field later."""
    reader = csv.DictReader(handle)
    for row in reader:
        number = reader.line_num
        if None in row:
            yield InputRecord(number, problem="more cells than header columns")
            continue
        if any(value is None for value in row.values()):
            yield InputRecord(number, problem="fewer cells than header columns")
            continue
        yield InputRecord(number, {key: value for key, value in row.items() if key and value.strip() != ""})


def _yaml_source(name: str, handle: IO[str]) -> InputSource:
    try:
        import yaml
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise InputError("YAML input needs PyYAML: pip install 'genauth-async[cli]'") from None
    try:
        loaded = yaml.compose(handle)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or type(error).__name__
        raise InputError(f"{name}: malformed YAML{where} ({problem})") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text ({error.reason})") from None
    if loaded is None:
        return InputSource(name, "yaml", 0, iter(()))
    if not isinstance(loaded, yaml.SequenceNode):
        raise InputError(f"{name}: the YAML document must be a list of mappings")
    return InputSource(name, "yaml", len(loaded.value), _yaml_records(loaded.value))


def _yaml_records(nodes: list[Any]) -> Iterator[InputRecord]:
    import yaml

    for node in nodes:
        number = node.start_mark.line + 1
        try:
            value = yaml.safe_load(yaml.serialize(node))
        except yaml.YAMLError as error:
            yield InputRecord(number, problem=f"unreadable YAML value ({getattr(error, 'problem', error)})")
            continue
        yield _mapping(number, value, "a mapping")


def _mapping(number: int, value: Any, expected: str) -> InputRecord:
    if isinstance(value, dict):
        return InputRecord(number, value)
    return InputRecord(number, problem=f"expected {expected}, got {type(value).__name__}")

