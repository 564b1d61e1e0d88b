"""A fault-injecting HTTP proxy of the tests' own, in front of the emulator, on 127.0.0.1.

The emulator's own faults act *instead of* the server; production's worst failures happen *after*
it: a gateway that times out or breaks while the server has already created the application, and
answers with its own HTML page. The proxy forwards every request, lets the emulator act, and then
decides what the client sees.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

import aiohttp
from aiohttp import web

GATEWAY_PAGE = ("<html><head><title>{status} Bad Gateway</title></head><body><center><h1>{status} "
                "Gateway error</h1></center><hr><center>nginx</center></body></html>")

# (path, n-th request to that path, emulator's answer) -> replacement answer or None to pass it on
Rewrite = Callable[[str, int, web.Response], "web.Response | None"]


class FaultProxy:
    """Forwards to ``upstream``; ``rewrites`` may replace an answer after the emulator has acted."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.rewrites: list[Rewrite] = []
        self.seen: Counter[str] = Counter()
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    def gateway_after(self, path: str, *, every: int = 2, status: int = 502, body: str | None = None,
                      content_type: str = "text/html") -> None:
        """Every ``every``-th request to ``path`` is acted on upstream, then answered with a gateway page."""

        def rewrite(seen_path: str, count: int, answer: web.Response) -> web.Response | None:
            if seen_path != path or count % every:
                return None
            text = GATEWAY_PAGE.format(status=status) if body is None else body
            return web.Response(status=status, text=text, content_type=content_type)

        self.rewrites.append(rewrite)

    def replace_after(self, path: str, first: int, answer: Callable[[], web.Response]) -> None:
        """From the ``first``-th request to ``path`` on, answer with ``answer()`` (the emulator still acts)."""

        def rewrite(seen_path: str, count: int, _: web.Response) -> web.Response | None:
            return answer() if seen_path == path and count >= first else None

        self.rewrites.append(rewrite)

    async def start(self) -> FaultProxy:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._session = aiohttp.ClientSession(auto_decompress=False)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        """Close the listening socket and every open connection: the port now refuses connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        path = request.path
        self.seen[path] += 1
        count = self.seen[path]
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        async with self._session.request(request.method, self.upstream + request.path_qs, headers=headers,
                                         data=await request.read()) as upstream:
            answer = web.Response(status=upstream.status, body=await upstream.read(),
                                  headers={"Content-Type": upstream.headers.get("Content-Type", "application/json")})
        for rewrite in self.rewrites:
            replaced = rewrite(path, count, answer)
            if replaced is not None:
                return replaced
        return answer


class LoopThread:
    """An event loop on a thread of its own, for servers that a subprocess under test talks to."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=60)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
