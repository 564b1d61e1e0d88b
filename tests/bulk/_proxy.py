"""A fault-injecting HTTP proxy of the tests' own, in front of the emulator, on 127.0.0.1.

The emulator's own faults act *instead of* the server; production's worst failures happen *after*
it: a gateway that times out or breaks while the server has already created the application, and
answers with its own HTML page. The proxy (the shared fake server with a forwarding fallback)
forwards every request, lets the emulator act, and then decides what the client sees.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable

import aiohttp
from aiohttp import web
from yarl import URL

from tests.support.fake_server import FakeServer, Recorded

GATEWAY_PAGE = ("<html><head><title>{status} Bad Gateway</title></head><body><center><h1>{status} "
                "Gateway error</h1></center><hr><center>nginx</center></body></html>")

# (path, n-th request to that path, emulator's answer) -> replacement answer or None to pass it on
Rewrite = Callable[[str, int, web.Response], "web.Response | None"]


class FaultProxy:
    """Forwards to ``upstream``; ``rewrites`` may replace an answer after the emulator has acted.

    It is the shared fake server (its own thread and loop) with a forwarding ``fallback``, so it
    serves a client on the test's loop, a command's own loop or a subprocess alike."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.rewrites: list[Rewrite] = []
        self.server = FakeServer(fallback=self._forward)
        self.server.on_stop.append(self._close_session)
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def seen(self) -> Counter[str]:
        """Requests received, by path."""
        return Counter(r.path for r in self.server.requests)

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

    def open(self) -> FaultProxy:
        self.server.start()
        return self

    def close(self) -> None:
        """Close the listening socket and every open connection: the port now refuses connections."""
        self.server.stop()

    async def start(self) -> FaultProxy:
        """:meth:`open` without blocking the caller's loop (the emulator may be running on it)."""
        return await asyncio.to_thread(self.open)

    async def stop(self) -> None:
        """:meth:`close` without blocking the caller's loop (requests in flight still reach the emulator)."""
        await asyncio.to_thread(self.close)

    async def _close_session(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _forward(self, rec: Recorded) -> web.StreamResponse:
        count = self.seen[rec.path]  # this request is already in the record
        if self._session is None:  # made on the server's loop, where it is used
            self._session = aiohttp.ClientSession(auto_decompress=False)
        headers = {k: v for k, v in rec.headers.items() if k.lower() not in ("host", "content-length")}
        target = self.upstream + URL(rec.url).raw_path_qs  # as sent, encoding untouched
        async with self._session.request(rec.method, target, headers=headers, data=rec.body) as upstream:
            answer = web.Response(status=upstream.status, body=await upstream.read(),
                                  headers={"Content-Type": upstream.headers.get("Content-Type", "application/json")})
        for rewrite in self.rewrites:
            replaced = rewrite(rec.path, count, answer)
            if replaced is not None:
                return replaced
        return answer
