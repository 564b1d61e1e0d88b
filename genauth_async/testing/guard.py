"""The emulator's last line of defence: no request, however malformed, gets aiohttp's bare 500.

Bad input is refused where it is read (``inputs``, ``spec.validate``, ``shapes``); this
middleware deals with what still escapes a handler:

* a client that hung up mid-request: logged at DEBUG without a traceback, since nobody is
  left to answer and nothing is wrong with the emulator;
* a body over the size limit read by code that bypassed ``inputs``: 413 in the route's format;
* any other exception: a bug of the emulator. It is logged with its traceback and recorded in
  ``Emulator.handler_failures``, which the pytest fixtures check at teardown, so the bug fails
  the test run instead of hiding behind a polite answer. The client still gets an answer in the
  route's format: statusCode 400 when the exception is of the kind malformed input provokes
  (a TypeError, ValueError, KeyError... from a value of an unexpected shape), 500 otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import attrs
from aiohttp import web
from aiohttp.typedefs import Middleware

from genauth_async.testing._wire import ProtocolError, error_envelope, protocol_error, request_id

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

log = logging.getLogger("genauth_async.testing")

#: Paths answered in the OAuth error format (``{"error", "error_description"}``), not the envelope.
PROTOCOL_PREFIXES = ("/oidc/", "/oauth/", "/cas-idp/", "/.well-known/", "/connections/", "/events/")
#: Exceptions a value of an unexpected type or shape typically raises inside a handler.
INPUT_ERRORS: tuple[type[BaseException], ...] = (
    TypeError, ValueError, LookupError, AttributeError, ArithmeticError, RecursionError,
)

_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@attrs.frozen
class HandlerFailure:
    """One request a handler raised on: what was asked and what went wrong (no request data)."""

    method: str
    path: str
    error: str

    def __str__(self) -> str:
        return f"{self.method} {self.path}: {self.error}"


def is_protocol(path: str) -> bool:
    return path.startswith(PROTOCOL_PREFIXES) or path in ("/oidc", "/oauth")


def error_answer(path: str, status: int, message: str, *, http_status: int | None = None) -> web.Response:
    """An error in the format of the route family of ``path``."""
    if is_protocol(path):
        code = "invalid_request" if status < 500 else "server_error"
        return protocol_error(ProtocolError(code, message, http_status or status))
    return error_envelope(status, message, request_id(), http_status=http_status or 200)


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def _failed(emu: Emulator, request: web.Request, exc: Exception) -> web.Response:
    name = type(exc).__name__
    emu.handler_failures.append(HandlerFailure(request.method, request.path, f"{name}: {exc}"[:500]))
    log.error("emulator handler failed: %s %s", request.method, request.path, exc_info=exc)
    if isinstance(exc, INPUT_ERRORS):
        message = f"The emulator could not process this request ({name}): check the types and values of its fields"
        return error_answer(request.path, 400, message)
    return error_answer(request.path, 500, f"Internal server error: the emulator failed ({name})")


def middleware(emu: Emulator) -> Middleware:
    @web.middleware
    async def guard(request: web.Request, handler: _Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            message = f"Request body is larger than the emulator's limit of {emu.max_body_size} bytes"
            return error_answer(request.path, 413, message, http_status=413)
        except web.HTTPException:
            raise  # redirects and the websocket handshake's own 4xx answers
        except ConnectionError as exc:
            if not _client_gone(request):
                return _failed(emu, request, exc)
            log.debug("client went away during %s %s", request.method, request.path)
            return web.Response(status=400)  # nobody is left to read it
        except Exception as exc:  # noqa: BLE001 - recorded and logged with its traceback, see above
            return _failed(emu, request, exc)

    return guard
