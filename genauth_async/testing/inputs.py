"""Reading request bodies: the one place where raw bytes become the dict a handler sees.

Every way a body can be unreadable (too large, not JSON, JSON of the wrong top-level type, a
content type or charset the endpoint does not take, a multipart body without its boundary)
becomes a client error here, in the format of the route family: the API's envelope
(``ApiError``) for ``/api/v3``, the OAuth error JSON (``ProtocolError``) for the protocol
endpoints. Handlers can then trust that ``ctx.body`` is a dict and a form is ``str -> str``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from genauth_async.testing._wire import ApiError, ProtocolError, loads
from genauth_async.testing.routing import emulator_of

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: Content types read as JSON. No header at all arrives as application/octet-stream; text/plain is
#: what browsers send for a string body. Anything else with a non-empty body is refused.
_JSON_TYPES = frozenset({"application/json", "text/json", "application/octet-stream", "text/plain", ""})
_FORM_TYPES = frozenset({"application/x-www-form-urlencoded", ""})
_UTF8 = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})


class BadInput(Exception):
    """An unreadable body; ``status`` is 400, or 413 for one over the size limit."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def is_json_type(content_type: str) -> bool:
    return content_type in _JSON_TYPES or (content_type.startswith("application/") and content_type.endswith("+json"))


def _too_large(request: web.Request) -> BadInput:
    limit = emulator_of(request).max_body_size
    return BadInput(f"Request body is larger than the emulator's limit of {limit} bytes", 413)


async def raw_body(request: web.Request) -> bytes:
    """The body, within the application's ``client_max_size``."""
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise _too_large(request) from None


def _parse_json(raw: bytes, request: web.Request) -> Any:
    charset = (request.charset or "utf-8").lower()
    if charset not in _UTF8:
        raise BadInput(f"charset {request.charset} is not supported: send UTF-8 JSON")
    try:
        return loads(raw)
    except (ValueError, RecursionError):  # orjson.JSONDecodeError is a ValueError
        raise BadInput("Request body is not valid JSON") from None


async def _json_object(request: web.Request) -> dict[str, Any]:
    if request.method not in BODY_METHODS or not request.can_read_body:
        return {}
    content_type = request.content_type
    raw = await raw_body(request)
    if not raw.strip():
        return {}
    if not is_json_type(content_type):
        raise BadInput(f"Content-Type {content_type} is not supported: send the body as application/json")
    parsed = _parse_json(raw, request)
    if not isinstance(parsed, dict):
        raise BadInput("Request body must be a JSON object")
    return parsed


async def json_body(request: web.Request) -> dict[str, Any]:
    """The JSON object of a ``/api/v3`` request (``{}`` when there is none); raises ApiError."""
    try:
        return await _json_object(request)
    except BadInput as exc:
        raise ApiError(exc.status, exc.message, http_status=exc.status if exc.status == 413 else 200) from None


async def _form(request: web.Request) -> dict[str, str]:
    if request.method == "GET" or request.method not in BODY_METHODS or not request.can_read_body:
        return dict(request.query)
    content_type = request.content_type
    if content_type == "multipart/form-data":
        try:
            posted = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise _too_large(request) from None
        except (ValueError, LookupError, AssertionError):  # no boundary, an unknown charset, a broken part
            raise BadInput("Request body is not a valid multipart/form-data body") from None
        return {k: v for k, v in posted.items() if isinstance(v, str)}
    raw = await raw_body(request)
    if not raw.strip():
        return {}
    if content_type in _FORM_TYPES or content_type == "application/octet-stream":
        text = raw.decode("utf-8", "replace")
        return dict(parse_qsl(text, keep_blank_values=True))
    if not is_json_type(content_type):
        raise BadInput(f"Content-Type {content_type} is not supported: send application/x-www-form-urlencoded")
    parsed = _parse_json(raw, request)
    if not isinstance(parsed, dict):
        raise BadInput("Request body must be a JSON object")
    return {str(k): v if isinstance(v, str) else str(v) for k, v in parsed.items() if v is not None}


async def form(request: web.Request) -> dict[str, str]:
    """The parameters of an OAuth/OIDC request: the query of a GET, else the form (or JSON) body.

    Raises ProtocolError ``invalid_request`` for a body that cannot be read.
    """
    try:
        return await _form(request)
    except BadInput as exc:
        raise ProtocolError("invalid_request", exc.message, exc.status) from None
