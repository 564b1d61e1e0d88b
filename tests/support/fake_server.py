"""The tests' one fake HTTP server: GenAuth-like answers on 127.0.0.1, scripted per test, all recorded.

It runs on a thread of its own with its own event loop, so one server serves clients driven from
any loop or thread (``asyncio.run`` twice, the sync facade's portal, a forked child, a subprocess).

What a test can make it do, per ``(method, path)`` (:meth:`FakeServer.script`, :meth:`FakeServer.set`):

- answer a JSON body (a ``dict`` is sent as is; :func:`ok` / :func:`fail` build envelopes), or any
  ``aiohttp.web`` response (HTML error pages, empty bodies, ``Retry-After`` headers ...);
- answer from a callable that gets the :class:`Recorded` request and may be a coroutine (to delay,
  count or hold requests until a condition holds);
- :data:`HANG_UP`: read the whole request, then close the connection without a byte of answer;
- successive answers for successive calls (the last one repeats).

Unscripted requests go to ``fallback`` (a server-wide callable given at construction, answering
like a scripted callable, or None to leave the request to the defaults); by default a management
token (a :func:`~tests.support.tokens.fake_jwt` naming :data:`USERPOOL_ID`) answers the token path and
``ok({})`` everything else. Every request,
token requests included, is recorded in arrival order; :attr:`FakeServer.api_requests` leaves the
token requests out. ``ssl_context=`` serves HTTPS; absolute-form targets (a forward proxy's) are
recorded in :attr:`Recorded.url`.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

import attrs
from aiohttp import web
from multidict import CIMultiDict

from tests.support.tokens import fake_jwt

TOKEN_PATH = "/api/v3/get-management-token"
# Characters chosen so the base64 of the token's claims contains '-' / '_' (URL-safe alphabet).
USERPOOL_ID = "pool~~~???>>>"


class _HangUp:
    def __repr__(self) -> str:
        return "HANG_UP"


#: Answer that reads the request and closes the connection without answering.
HANG_UP: Any = _HangUp()


def ok(data: Any = None, **extra: Any) -> dict[str, Any]:
    """A success envelope (``data`` left out when None)."""
    body: dict[str, Any] = {"statusCode": 200, "message": "", "requestId": "req-ok"}
    if data is not None:
        body["data"] = data
    body.update(extra)
    return body


def fail(status_code: int, message: str = "boom", api_code: int | None = None) -> dict[str, Any]:
    """An error envelope, sent with HTTP 200 as GenAuth does."""
    body: dict[str, Any] = {"statusCode": status_code, "message": message, "requestId": f"req-{status_code}"}
    if api_code is not None:
        body["apiCode"] = api_code
    return body


@attrs.define
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: CIMultiDict[str]
    body: bytes
    peer: Any = None  # the client's (host, port): one per TCP connection
    content_type: str = ""
    url: str = ""  # the full request URL (the absolute target when sent to a proxy)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode(), keep_blank_values=True))


Handler = Callable[[Recorded], Any]


class FakeServer:
    """A scripted, recording HTTP server on 127.0.0.1 in a background thread (see the module doc)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, fallback: Handler | None = None) -> None:
        self.userpool_id = USERPOOL_ID  # named in the management tokens it issues
        self.fallback = fallback
        self.loop = asyncio.new_event_loop()
        self.url = ""
        self._ssl = ssl_context
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        #: Coroutine functions run on the server's loop by :meth:`stop`, after the connections are closed
        #: (to close what a fallback opened there, such as a client session).
        self.on_stop: list[Callable[[], Awaitable[None]]] = []
        self._thread = threading.Thread(target=self._run, name="fake-server", daemon=True)
        self.reset()

    def reset(self) -> None:
        """Forget the record and the scripts; token settings back to their defaults."""
        with self._lock:
            self.requests: list[Recorded] = []
            self.scripts: dict[tuple[str, str], list[Any]] = {}
        self.token_count = 0
        self.token_ttl = 7200
        self.token_delay = 0.0

    # -- scripting ---------------------------------------------------------------------------

    def script(self, method: str, path: str, *answers: Any) -> None:
        """Answers for successive calls to (method, path); the last one repeats."""
        with self._lock:
            self.scripts[(method.upper(), path)] = list(answers)

    def set(self, method: str, path: str, data: Any, raw: bool = False, key: str = "data") -> None:
        """Answer every call with ``data`` in a success envelope, under ``key`` (as is when ``raw``).

        ``data`` may be a callable of the :class:`Recorded` request, returning the data or an awaitable.
        """

        async def answer(rec: Recorded) -> Any:
            value = data(rec) if callable(data) else data
            if inspect.isawaitable(value):
                value = await value
            return value if raw else {"statusCode": 200, "message": "", "requestId": "r1", key: value}

        self.script(method, path, answer)

    # -- the record --------------------------------------------------------------------------

    def calls(self, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    @property
    def api_requests(self) -> list[Recorded]:
        """The record without the management-token requests."""
        with self._lock:
            return [r for r in self.requests if r.path != TOKEN_PATH]

    def take(self, method: str, path: str) -> Recorded:
        """The one API request recorded since the last ``clear()``/``take()``; the record is emptied.

        Fails unless exactly one request (token requests aside) was recorded and it went to
        (method, path), so a call that sent nothing (or sent twice) cannot pass by matching an
        older request."""
        with self._lock:
            recorded, self.requests[:] = [r for r in self.requests if r.path != TOKEN_PATH], []
        seen = [f"{r.method} {r.path}" for r in recorded]
        if len(recorded) != 1:
            raise AssertionError(f"expected exactly one {method} {path} request, got {seen}")
        rec = recorded[0]
        if (rec.method, rec.path) != (method.upper(), path):
            raise AssertionError(f"expected a {method} {path} request, got {seen}")
        return rec

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fake server did not start")
        return self

    def stop(self) -> None:
        """Close the listening socket and every open connection, then end the thread."""

        async def shutdown() -> None:
            if self._runner is not None:
                await self._runner.cleanup()
            for cleanup in self.on_stop:
                await cleanup()

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
        self.loop.close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self._ssl)
        self.loop.run_until_complete(site.start())
        port = self._runner.addresses[0][1]
        self.url = f"{'https' if self._ssl else 'http'}://127.0.0.1:{port}"
        self._ready.set()
        self.loop.run_forever()

    # -- answering ---------------------------------------------------------------------------

    async def _issue_token(self, _rec: Recorded) -> dict[str, Any]:
        self.token_count += 1
        if self.token_delay:
            await asyncio.sleep(self.token_delay)
        token = fake_jwt({"scoped_userpool_id": self.userpool_id, "n": self.token_count})
        return ok({"access_token": token, "expires_in": self.token_ttl})

    @staticmethod
    async def _resolve(answer: Any, rec: Recorded) -> Any:
        while callable(answer):
            answer = answer(rec)
            if inspect.isawaitable(answer):
                answer = await answer
        return answer

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        peer = request.transport.get_extra_info("peername") if request.transport else None
        rec = Recorded(request.method, request.path, list(request.query.items()), CIMultiDict(request.headers),
                       body, peer, request.content_type, str(request.url))
        with self._lock:
            self.requests.append(rec)
            script = self.scripts.get((request.method, request.path))
            answer: Any = (script.pop(0) if len(script) > 1 else script[0]) if script else None
        if not script:
            answer = await self._resolve(self.fallback, rec) if self.fallback is not None else None
            if answer is None:
                answer = self._issue_token if request.path == TOKEN_PATH else ok({})
        answer = await self._resolve(answer, rec)
        if answer is HANG_UP:
            if request.transport is not None:
                request.transport.close()
            return web.Response()  # never written: the connection is gone
        if isinstance(answer, web.StreamResponse):
            return answer
        return web.json_response(answer)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released): connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
