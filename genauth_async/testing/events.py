"""Event subscription and publishing for the emulator (facts §8).

Mount with ``register(emulator.router)`` before the emulator starts (the emulator owner may call
it from ``resources.registry.register_all``); call ``await close_all(emulator)`` before stopping it so open
subscriptions end at once instead of holding the shutdown.

* ``GET /events/v1/management/sub?code=<event>``: WebSocket; the handshake must carry
  ``authorization: genauth <accessKeyId>:<base64(HMAC-SHA1(accessKeySecret, "websocket\\n"))>``.
* ``GET /events/v1/authentication/sub?code=<event>&token=<user access token>``: WebSocket.
* ``POST /api/v3/pub-event`` (management) and ``POST /api/v3/pub-userEvent`` (management, or
  authentication with the user's token): send ``eventData`` (the string as given, anything else
  as JSON) as one text frame to every subscriber of ``eventType``; answer ``{success: true}``.

The signature check is written here independently of the SDK, so SDK tests are not circular.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import weakref
from typing import TYPE_CHECKING, Any

from aiohttp import web

from genauth_async.testing._wire import ApiError
from genauth_async.testing.credentials import same_secret
from genauth_async.testing.routing import Ctx, Route, Router, emulator_of
from genauth_async.testing.tokens import TokenError

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

__all__ = ["register", "close_all", "hub_of", "EventHub"]


class EventHub:
    """Open subscriptions of one emulator, by event code."""

    def __init__(self) -> None:
        self.subscribers: dict[str, set[web.WebSocketResponse]] = {}
        #: Everything published, as (event code, message), for assertions.
        self.published: list[tuple[str, str]] = []

    def add(self, code: str, ws: web.WebSocketResponse) -> None:
        self.subscribers.setdefault(code, set()).add(ws)

    def remove(self, code: str, ws: web.WebSocketResponse) -> None:
        group = self.subscribers.get(code)
        if group is not None:
            group.discard(ws)
            if not group:
                del self.subscribers[code]

    def count(self, code: str) -> int:
        return len(self.subscribers.get(code, ()))

    async def publish(self, code: str, message: str) -> int:
        self.published.append((code, message))
        sent = 0
        for ws in list(self.subscribers.get(code, ())):
            if ws.closed:
                continue
            try:
                await ws.send_str(message)
                sent += 1
            except ConnectionError:
                pass
        return sent

    async def close_all(self) -> None:
        for group in list(self.subscribers.values()):
            for ws in list(group):
                await ws.close(code=1001, message=b"emulator stopping")

    async def drop_all(self) -> None:
        """Abort every subscription's connection (no close frame), to test client reconnection."""
        for group in list(self.subscribers.values()):
            for ws in list(group):
                await ws.close(code=1011, message=b"dropped")


_HUBS: weakref.WeakKeyDictionary[Any, EventHub] = weakref.WeakKeyDictionary()


def hub_of(emu: Emulator) -> EventHub:
    hub = _HUBS.get(emu)
    if hub is None:
        hub = _HUBS[emu] = EventHub()
    return hub


async def close_all(emu: Emulator) -> None:
    hub = _HUBS.get(emu)
    if hub is not None:
        await hub.close_all()


def expected_authorization(access_key_id: str, access_key_secret: str) -> str:
    mac = hmac.new(access_key_secret.encode("utf-8"), b"websocket\n", hashlib.sha1).digest()
    return "genauth " + access_key_id + ":" + base64.b64encode(mac).decode("ascii")


async def _serve(request: web.Request, emu: Emulator, code: str) -> web.StreamResponse:
    ws = web.WebSocketResponse(heartbeat=None)
    await ws.prepare(request)
    hub = hub_of(emu)
    hub.add(code, ws)
    try:
        async for _ in ws:  # clients send nothing meaningful; reading keeps ping/close handling going
            pass
    finally:
        hub.remove(code, ws)
    return ws


def _code(request: web.Request) -> str:
    code = request.query.get("code", "")
    if not code:
        raise web.HTTPBadRequest(text="code is required")
    return code


async def management_sub(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    code = _code(request)
    given = request.headers.get("authorization", "")
    scheme, _, rest = given.partition(" ")
    wanted = expected_authorization(emu.access_key_id, emu.access_key_secret)
    # The official SDK writes the scheme as "genauth", the Node SDK as "GenAuth": accept either case.
    if scheme.lower() != "genauth" or not same_secret(rest, wanted.partition(" ")[2]):
        raise web.HTTPUnauthorized(text="invalid websocket signature")
    return await _serve(request, emu, code)


async def authentication_sub(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    code = _code(request)
    try:
        emu.verify_user_token(request.query.get("token", ""))
    except TokenError:
        raise web.HTTPUnauthorized(text="invalid or missing token") from None
    return await _serve(request, emu, code)


def _message(ctx: Ctx) -> tuple[str, str]:
    code = ctx.require("eventType")
    if not isinstance(code, str):
        raise ApiError(400, "eventType must be a string")
    if "eventData" not in ctx.body or ctx.body["eventData"] is None:
        raise ApiError(400, "eventData is required; eventData should not be empty")
    data = ctx.body["eventData"]
    return code, data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))


async def pub_event(ctx: Ctx) -> Any:
    code, message = _message(ctx)
    await hub_of(ctx.emu).publish(code, message)
    return {"success": True}


async def pub_user_event(ctx: Ctx) -> Any:
    ctx.user()  # a user event needs the signed-in user's token
    return await pub_event(ctx)


def register(router: Router) -> None:
    router.raw(("GET",), "/events/v1/management/sub", management_sub)
    router.raw(("GET",), "/events/v1/authentication/sub", authentication_sub)
    router.management("POST", "/api/v3/pub-event", pub_event)
    router.exact[("POST", "/api/v3/pub-userEvent")] = Route(
        kind="either",
        handler=pub_user_event,
        variants={
            "management": Route(kind="management", handler=pub_event),
            "authentication": Route(kind="authentication", handler=pub_user_event),
        },
    )
