"""A tiny recording API server (aiohttp.web in a background thread) for the generated-code tests.

Every request is recorded (method, path, query pairs, body, the client's address); the answer is
the envelope ``{"statusCode": 200, "data": ...}`` with the data registered for that (method, path),
or a management token for ``/api/v3/get-management-token`` (not recorded). A registered callable
gets the :class:`Recorded` request and may return an awaitable (to delay its answer).
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


def fake_jwt(claims: dict[str, Any]) -> str:
    def seg(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{seg({'alg': 'HS256', 'typ': 'JWT'})}.{seg(claims)}.c2ln"


def _peer(request: web.Request) -> tuple[str, int] | None:
    info = request.transport.get_extra_info("peername") if request.transport is not None else None
    return (str(info[0]), int(info[1])) if info else None


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)
    peer: tuple[str, int] | None = None  # the client's (host, port): one per TCP connection

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.responses: dict[tuple[str, str], Any] = {}  # (METHOD, path) -> data, or a callable(req)
        self.raw: set[tuple[str, str]] = set()  # answers without envelope
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.token = fake_jwt({"scoped_userpool_id": "pool-1", "exp": int(time.time()) + 7200})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        rec = Recorded(
            request.method,
            request.path,
            list(request.query.items()),
            body,
            request.content_type,
            dict(request.headers),
            _peer(request),
        )
        if request.path == "/api/v3/get-management-token":
            data: Any = {"access_token": self.token, "expires_in": 7200}
            return web.json_response({"statusCode": 200, "message": "", "data": data})
        with self._lock:
            self.requests.append(rec)
            key = (request.method, request.path)
            data = self.responses.get(key)
            raw = key in self.raw
        if callable(data):
            data = data(rec)
            if inspect.isawaitable(data):
                data = await data
        if raw:
            return web.json_response(data)
        return web.json_response({"statusCode": 200, "message": "", "requestId": "r1", "data": data})

    def start(self) -> None:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            app = web.Application()
            app.router.add_route("*", "/{tail:.*}", self._handle)
            self._runner = web.AppRunner(app, access_log=None)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="recording-server", daemon=True)
        self._thread.start()
        ready.wait(10)

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def set(self, method: str, path: str, data: Any, raw: bool = False) -> None:
        with self._lock:
            self.responses[(method.upper(), path)] = data
            if raw:
                self.raw.add((method.upper(), path))

    def take(self, method: str, path: str) -> Recorded:
        """The one request recorded since the last ``clear()``/``take()``, removed from the record.

        Fails unless exactly one request was recorded and it went to (method, path), so a call that
        sent nothing (or sent twice) cannot pass by matching an older request."""
        with self._lock:
            recorded, self.requests[:] = list(self.requests), []
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
