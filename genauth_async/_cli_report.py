"""The provisioning report: one JSON line per item, behind a header naming where the run went.

A report is what ``--resume`` trusts to skip work, so it records the host and user pool it was
written against, and a resumed run refuses a report from anywhere else: resuming a run made
against a test pool (or the embedded emulator) would otherwise skip items that were never created
where they are wanted now.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from ._cli_target import UsageError
from .bulk import ProvisionResult

REPORT_FORMAT = 1


@attrs.frozen(slots=True)
class Origin:
    """Where a run's requests went."""

    kind: str
    host: str
    userpool_id: str | None

    def describe(self) -> str:
        return f"{self.kind} in user pool {self.userpool_id or '(unknown)'} at {self.host}"


@attrs.define(slots=True)
class PriorRun:
    """What earlier runs recorded: where they went, and which keys they settled or left unsure."""

    origin: Origin | None = None
    done: set[str] = attrs.field(factory=set)
    unsure: set[str] = attrs.field(factory=set)


def read_report(path: Path) -> PriorRun:
    """Read a report for ``--resume``; a file that is not one of our reports is a usage error."""
    prior = PriorRun()
    if not path.exists():
        raise UsageError(f"--resume: the report {path} does not exist (start without --resume)")
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                entry = _entry(line)
                if entry is None:
                    continue
                if "genauth_report" in entry:
                    origin = Origin(str(entry.get("kind")), str(entry.get("host")), entry.get("userpool_id"))
                    if prior.origin is None:
                        prior.origin = origin
                    elif origin != prior.origin:
                        raise UsageError(f"--resume: {path}:{number} records a run {origin.describe()}, "
                                         f"after one {prior.origin.describe()}; split the report first")
                    continue
                key = entry.get("key")
                if not key:
                    continue
                status = entry.get("status")
                if status in ("created", "existed"):
                    prior.done.add(str(key))
                    prior.unsure.discard(str(key))
                elif status == "unknown" and str(key) not in prior.done:
                    prior.unsure.add(str(key))
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"--resume: cannot read {path}: {error}") from None
    if prior.origin is None:
        raise UsageError(f"--resume: {path} has no header line naming its host and user pool (written by "
                         f"an older version, or not a report of this command); it cannot be checked, so it "
                         f"is not trusted")
    return prior


def _entry(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None  # a line cut by a crash mid-write: the item is simply not settled
    return value if isinstance(value, dict) else None


def check_origin(prior: PriorRun, now: Origin, path: Path) -> None:
    """Refuse to resume a report written against another host, user pool or resource kind."""
    before = prior.origin
    assert before is not None
    if before != now:
        raise UsageError(f"--resume: {path} was written for {before.describe()}, but this run goes to "
                         f"{now.describe()}; its items say nothing about what exists here")


def check_host(prior: PriorRun, kind: str, host: str, path: Path) -> None:
    """The part of :func:`check_origin` that needs no request: the host and the kind."""
    before = prior.origin
    assert before is not None
    if (before.kind, before.host) != (kind, host):
        raise UsageError(f"--resume: {path} was written for {before.describe()}, but this run goes to "
                         f"{kind} at {host}; its items say nothing about what exists there")


class ReportWriter:
    """Appends lines and flushes each, so a kill -9 loses at most the line being written."""

    def __init__(self, handle: IO[str] | None) -> None:
        self._handle = handle

    @classmethod
    def open(cls, path: Path | None, origin: Origin, resumed: bool) -> ReportWriter:
        if path is None:
            return cls(None)
        handle = path.open("a" if resumed else "w", encoding="utf-8")
        report = cls(handle)
        report._line({
            "genauth_report": REPORT_FORMAT,
            "kind": origin.kind,
            "host": origin.host,
            "userpool_id": origin.userpool_id,
            "started_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "resumed": resumed,
        })
        return report

    def result(self, result: ProvisionResult, line: int | None) -> None:
        entry = result.to_json()
        entry["line"] = line
        self._line(entry)

    def rejected(self, line: int, problem: str) -> None:
        self._line({"line": line, "key": None, "status": "rejected",
                    "error": {"type": "ValidationError", "message": problem}})

    def _line(self, entry: dict[str, Any]) -> None:
        if self._handle is not None:
            self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def report_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The item lines of a report (headers left out): for tests and tools reading a report."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            entry = _entry(line)
            if entry is not None and "genauth_report" not in entry:
                yield entry
