"""Fault injection: the failures a client must survive, on demand and reproducibly.

A plan is an ordered list of faults; for each request the first fault whose path pattern matches
and whose trigger fires (a seeded coin flip, or "the next N matching requests") is applied.
Latency is the exception: it adds up with whatever else happens, because slow-and-failing is a
realistic combination. Everything injected is counted so tests can report what they survived.
"""

from __future__ import annotations

import email.utils
import fnmatch
import math
import random
import re
import threading
import time
from collections import Counter
from typing import Literal

import attrs

FaultKind = Literal["error", "bad_gateway", "throttle", "latency", "drop_before", "drop_after"]
KINDS: tuple[str, ...] = ("error", "bad_gateway", "throttle", "latency", "drop_before", "drop_after")
RetryAfterFormat = Literal["seconds", "http-date", "fractional"]
RETRY_AFTER_FORMATS: tuple[str, ...] = ("seconds", "http-date", "fractional")


def retry_after_header(seconds: float, fmt: str = "seconds", now: float | None = None) -> str:
    """The ``Retry-After`` value for a pause of ``seconds``.

    ``seconds`` (default): RFC 9110 delay-seconds, a non-negative integer, rounded *up* so a
    client that obeys it never comes back early. ``http-date``: the RFC 9110 HTTP-date form,
    ``now + seconds`` rounded up to the next whole second. ``fractional``: the plain decimal
    (``0.05``), which RFC 9110 does not allow; only for tests that need sub-second pauses and
    control the client (genauth_async's parser accepts it, other clients may not).
    """
    seconds = max(0.0, float(seconds))
    if fmt == "seconds":
        return str(math.ceil(seconds))
    if fmt == "http-date":
        at = math.ceil((time.time() if now is None else now) + seconds)
        return email.utils.formatdate(at, usegmt=True)
    if fmt == "fractional":
        return str(int(seconds)) if seconds.is_integer() else repr(seconds)
    raise ValueError(f"unknown retry_after_format {fmt!r}; expected one of {', '.join(RETRY_AFTER_FORMATS)}")


@attrs.define(kw_only=True)
class Fault:
    """One failure mode.

    kind:
      ``error``       HTTP 200 envelope with ``status_code`` (default 500), as the API reports its own failures;
      ``bad_gateway`` a real HTTP 502 HTML page, as a proxy in front of the API would send;
      ``throttle``    envelope statusCode 429 plus ``Retry-After`` for ``retry_after`` seconds (``http_status``
                      200 or 429); on the wire as ``retry_after_format`` says: ``seconds`` (default, an
                      integer rounded up), ``http-date``, or ``fractional`` (sub-second, non-standard; only
                      when asked for);
      ``latency``     sleep ``latency`` seconds before handling;
      ``drop_before`` close the connection without running the handler (nothing happened);
      ``drop_after``  run the handler, then close without answering (state changed, client never knows).
    path: exact path or glob (``/api/v3/create-*``); None means every request.
    rate: probability per matching request; count: fire for the next N matching requests instead.
    """

    kind: FaultKind
    path: str | None = None
    method: str | None = None
    rate: float | None = None
    count: int | None = None
    status_code: int = 500
    http_status: int | None = None
    retry_after: float = 1.0
    retry_after_format: RetryAfterFormat = "seconds"
    latency: float = 0.1
    fired: int = attrs.field(default=0, init=False)
    _regex: re.Pattern[str] | None = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.retry_after_format not in RETRY_AFTER_FORMATS:
            raise ValueError(
                f"unknown retry_after_format {self.retry_after_format!r}; expected one of {', '.join(RETRY_AFTER_FORMATS)}"
            )
        if self.retry_after < 0:
            raise ValueError("retry_after must be >= 0")
        if self.path is not None and any(c in self.path for c in "*?["):
            self._regex = re.compile(fnmatch.translate(self.path))
        if self.rate is None and self.count is None:
            self.rate = 1.0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        if self._regex is not None:
            return self._regex.match(path) is not None
        return self.path == path

    @classmethod
    def parse(cls, text: str) -> Fault:
        """Parse the CLI form ``KIND[:key=value,...]``, e.g. ``throttle:count=3,retry_after=2,path=/api/v3/*``
        (``retry_after_format=fractional`` for a sub-second ``retry_after``)."""
        kind, _, rest = text.partition(":")
        fields: dict[str, object] = {}
        for item in filter(None, rest.split(",")):
            key, sep, value = item.partition("=")
            key = key.strip().replace("-", "_")
            if not sep:
                raise ValueError(f"fault option {item!r} needs key=value")
            if key in ("rate", "retry_after", "latency"):
                fields[key] = float(value)
            elif key == "ms":
                fields["latency"] = float(value) / 1000.0
            elif key in ("count", "status_code", "http_status", "status"):
                fields["status_code" if key == "status" else key] = int(value)
            elif key in ("path", "method", "retry_after_format"):
                fields[key] = value
            else:
                raise ValueError(f"unknown fault option {key!r}")
        return cls(kind=kind.strip().replace("-", "_"), **fields)  # type: ignore[arg-type]


@attrs.define
class Decision:
    """What the dispatcher must do for one request."""

    latency: float = 0.0
    fault: Fault | None = None


class FaultPlan:
    """The faults of one emulator; thread-safe because tests mutate it from their own thread."""

    def __init__(self, faults: list[Fault] | None = None, seed: int | None = None) -> None:
        self.faults: list[Fault] = list(faults or [])
        self.rng = random.Random(seed)
        self.stats: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, kind: FaultKind | Fault, **options: object) -> Fault:
        fault = kind if isinstance(kind, Fault) else Fault(kind=kind, **options)  # type: ignore[arg-type]
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def seed(self, seed: int) -> None:
        with self._lock:
            self.rng.seed(seed)

    @property
    def total(self) -> int:
        return sum(self.stats.values())

    def decide(self, method: str, path: str) -> Decision | None:
        if not self.faults:
            return None
        decision = Decision()
        with self._lock:
            for fault in self.faults:
                if fault.kind != "latency" and decision.fault is not None:
                    continue
                if not fault.matches(method, path) or not self._fires(fault):
                    continue
                fault.fired += 1
                self.stats[fault.kind] += 1
                if fault.kind == "latency":
                    decision.latency += fault.latency
                else:
                    decision.fault = fault
            self.faults = [f for f in self.faults if f.count is None or f.count > 0]
        if decision.fault is None and decision.latency == 0.0:
            return None
        return decision

    def _fires(self, fault: Fault) -> bool:
        if fault.count is not None:
            if fault.count <= 0:
                return False
            fault.count -= 1
            return True
        rate = 1.0 if fault.rate is None else fault.rate
        return rate >= 1.0 or self.rng.random() < rate
