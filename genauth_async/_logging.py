"""The SDK's logger and the redaction that keeps secrets out of it.

Logs end up in shared aggregators; a management access token or an app secret in a log line
is a credential leak. So the request line names only method, path, statuses, timing, request id
and attempt; the query string is shown with sensitive values replaced; headers and bodies are
never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import quote

__all__ = ["logger", "redact_query", "is_sensitive_key", "log_request"]

logger = logging.getLogger("genauth_async")

_SENSITIVE_FRAGMENTS = ("secret", "token", "password", "passwd", "pwd", "credential", "signature",
                        "authorization", "cookie", "ticket", "passcode", "privatekey", "otp")
_SENSITIVE_EXACT = frozenset({"code", "key", "sk", "ak", "pin", "session"})
_REDACTED = "***"


def is_sensitive_key(key: str) -> bool:
    k = key.lower().replace("_", "").replace("-", "")
    return k in _SENSITIVE_EXACT or any(fragment in k for fragment in _SENSITIVE_FRAGMENTS)


def redact_query(pairs: Iterable[tuple[str, str]] | None) -> str:
    if not pairs:
        return ""
    parts = []
    for key, value in pairs:
        shown = _REDACTED if is_sensitive_key(key) else quote(str(value), safe="")
        parts.append(f"{quote(key, safe='')}={shown}")
    return "?" + "&".join(parts) if parts else ""


def log_request(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]] | None,
    http_status: int | None,
    status_code: object,
    duration_ms: float,
    request_id: object,
    attempt: int,
    outcome: str = "",
) -> None:
    """One DEBUG line per attempt; call only after ``logger.isEnabledFor(logging.DEBUG)``."""
    logger.debug(
        "%s %s%s -> http=%s statusCode=%s %.1fms requestId=%s attempt=%d%s",
        method,
        path,
        redact_query(query),
        http_status if http_status is not None else "-",
        status_code if status_code is not None else "-",
        duration_ms,
        request_id or "-",
        attempt,
        f" {outcome}" if outcome else "",
    )
