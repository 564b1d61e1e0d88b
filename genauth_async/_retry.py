"""The retry decision, kept free of I/O so every rule can be tested with plain function calls.

The rule that matters most: a write the server may already have applied is never sent twice
unless the caller said it is safe. GenAuth has no idempotency keys, so a re-sent
``create-application`` after a timeout can create a second application.

Retried:
* failures where the request never left (refused connection, DNS, connect timeout), any method;
* rate limiting (statusCode 429 or HTTP 429), any method: the server refused before acting;
* for idempotent calls only: HTTP 408, 5xx statuses (envelope or HTTP, except 501), and
  failures after the request was sent (read timeout, connection dropped mid-answer).
"""

from __future__ import annotations

import email.utils
import enum
import random
import time
from collections.abc import Callable

import attrs

__all__ = ["FailureKind", "RetryDecision", "RetryPolicy", "parse_retry_after", "MAX_DEFAULT_DEADLINE"]

#: The default deadline of one call never exceeds this, however many retries are allowed.
MAX_DEFAULT_DEADLINE = 120.0


class FailureKind(enum.Enum):
    NOT_SENT = "not-sent"  # the server cannot have seen the request
    SENT_NO_RESPONSE = "sent-no-response"  # it may have; we got no (complete) answer
    STATUS = "status"  # the server answered with an error status


@attrs.frozen(slots=True)
class RetryDecision:
    retry: bool
    delay: float = 0.0


_NO = RetryDecision(False)

# 501 means "not supported": asking again cannot help.
_RETRYABLE_IDEMPOTENT_STATUSES = frozenset({408, 500, 502, 503, 504} | set(range(505, 600)))


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@attrs.frozen(slots=True)
class RetryPolicy:
    """Backoff parameters and the decision function.

    ``base_delay * 2**attempt`` capped at ``max_delay``, scaled by a uniform random factor in
    [0, 1) (full jitter), so a thousand clients throttled together do not come back together.
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def backoff(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (1 << min(attempt, 32)))
        return ceiling * float(self.jitter())

    def default_deadline(self, timeout: float, max_retries: int) -> float:
        """The default budget of one call: every attempt its full ``timeout`` plus the longest
        backoff pause between them, capped at ``MAX_DEFAULT_DEADLINE`` (never below one timeout).

        With the defaults (10 s, 2 retries, 0.5 s base delay) that is 3 x 10 + 0.5 + 1 = 31.5 s.
        A ``Retry-After`` longer than what is left of it fails the call at once.
        """
        pauses = sum(min(self.max_delay, self.base_delay * (1 << min(k, 32))) for k in range(min(max_retries, 64)))
        return max(timeout, min((max_retries + 1) * timeout + pauses, MAX_DEFAULT_DEADLINE))

    def decide(
        self,
        attempt: int,
        idempotent: bool,
        kind: FailureKind,
        status: int | None = None,
        retry_after: float | None = None,
        max_retries: int | None = None,
    ) -> RetryDecision:
        """Whether attempt number ``attempt`` (0-based) should be followed by another, and when.

        ``status`` is the envelope ``statusCode`` when there was one, else the HTTP status.
        """
        limit = self.max_retries if max_retries is None else max_retries
        if attempt >= limit:
            return _NO
        if kind is FailureKind.NOT_SENT:
            return RetryDecision(True, self.backoff(attempt))
        if kind is FailureKind.SENT_NO_RESPONSE:
            return RetryDecision(True, self.backoff(attempt)) if idempotent else _NO
        if status == 429:
            if retry_after is not None:
                return RetryDecision(True, min(retry_after, self.max_retry_after))
            return RetryDecision(True, self.backoff(attempt))
        if idempotent and status in _RETRYABLE_IDEMPOTENT_STATUSES:
            if retry_after is not None:
                return RetryDecision(True, min(retry_after, self.max_retry_after))
            return RetryDecision(True, self.backoff(attempt))
        return _NO
