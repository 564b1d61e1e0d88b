"""Helpers for the framework examples' tests: an emulator that counts TCP connections."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from genauth_async.testing import Emulator


class CountingEmulator(Emulator):
    """An emulator that records which TCP connection (client address and port) each request came on.

    ``connections`` tells how many connections the clients under test opened: a shared pool reuses
    a few of them, a client per request opens one (or two, with the token fetch) per request.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.requests_seen = 0
        self.peers: set[tuple[Any, ...]] = set()

    def make_app(self) -> web.Application:
        app = super().make_app()

        @web.middleware
        async def count(request: web.Request, handler: Any) -> web.StreamResponse:
            self.requests_seen += 1
            peer = request.transport.get_extra_info("peername") if request.transport else None
            if peer is not None:
                self.peers.add(tuple(peer))
            response: web.StreamResponse = await handler(request)
            return response

        app.middlewares.append(count)
        return app

    @property
    def connections(self) -> int:
        return len(self.peers)
