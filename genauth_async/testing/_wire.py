"""Envelope, JSON and error plumbing shared by every emulator handler.

The real V3 API answers HTTP 200 for business errors and carries the outcome in ``statusCode``;
keeping that rule in one place is what makes every handler (stateful or generated) look the same
on the wire to the SDKs under test.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from aiohttp import web

try:  # orjson is an optional speedup; the emulator must run without it
    import orjson

    def dumps(value: Any) -> bytes:
        try:
            return orjson.dumps(value)
        except TypeError:  # a lone surrogate (from a header or the stdlib parser), an int beyond 64 bits
            return _escaped(value)

    def loads(raw: bytes | str) -> Any:
        return orjson.loads(raw)

except ImportError:  # pragma: no cover - exercised only without the speedups extra

    def dumps(value: Any) -> bytes:
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        except UnicodeEncodeError:
            return _escaped(value)

    def loads(raw: bytes | str) -> Any:
        return json.loads(raw)


def _escaped(value: Any) -> bytes:
    """JSON for values the fast path refuses: every non-ASCII character ``\\u``-escaped, so a
    lone surrogate echoed from the request cannot turn an answer into a server error."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=str).encode("ascii")


class NoData:
    """Marker for CommonResponseDto endpoints, whose success envelope has no ``data`` key."""


NO_DATA = NoData()

MESSAGES = {
    400: "Invalid argument",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    413: "Request body too large",
    422: "Invalid operation",
    429: "您的请求已超过最大数量限制，请稍后重试",
    500: "Internal server error",
}


class ApiError(Exception):
    """A business error; the dispatcher turns it into an HTTP 200 envelope like the real API.

    ``http_status`` is for the few refusals that happen before the API itself sees the request
    (a body over the size limit answers HTTP 413, as the gateway in front of the API would).
    """

    def __init__(
        self, status_code: int, message: str | None = None, api_code: int | None = None, *, http_status: int = 200
    ) -> None:
        super().__init__(message or MESSAGES.get(status_code, "Error"))
        self.status_code = status_code
        self.message = message or MESSAGES.get(status_code, "Error")
        self.api_code = api_code
        self.http_status = http_status


class ProtocolError(Exception):
    """An OAuth/OIDC error; protocol endpoints answer raw ``{"error": ...}`` with a real HTTP status."""

    def __init__(self, error: str, description: str = "", http_status: int = 400) -> None:
        super().__init__(description or error)
        self.error = error
        self.description = description
        self.http_status = http_status


def request_id() -> str:
    return secrets.token_hex(12)


def json_response(body: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(body=dumps(body), status=status, content_type="application/json", headers=headers)


def envelope(data: Any, rid: str, key: str = "data") -> web.Response:
    body: dict[str, Any] = {"statusCode": 200, "message": "success", "requestId": rid}
    if not isinstance(data, NoData):
        body[key] = data
    return json_response(body, headers={"x-request-id": rid})


def error_envelope(
    status_code: int,
    message: str,
    rid: str,
    api_code: int | None = None,
    *,
    http_status: int = 200,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body: dict[str, Any] = {"statusCode": status_code, "message": message, "requestId": rid}
    if api_code is not None:
        body["apiCode"] = api_code
    merged = {"x-request-id": rid}
    if headers:
        merged.update(headers)
    return json_response(body, status=http_status, headers=merged)


def protocol_error(err: ProtocolError) -> web.Response:
    body = {"error": err.error}
    if err.description:
        body["error_description"] = err.description
    headers = {"Cache-Control": "no-store"}
    if err.http_status == 401:
        headers["WWW-Authenticate"] = f'Bearer error="{err.error}"'
    return json_response(body, status=err.http_status, headers=headers)
