"""Event subscription over WebSocket, and the handshake signature of the management side (facts §8).

The official ``sub_event`` ran ``asyncio.run`` inside the caller's thread and blocked it forever,
printed the subscription URL (with the user's access token in it), swallowed every error and
never reconnected. Here a subscription is an async generator of the server's text frames:

* it reconnects after a dropped connection or a server close, with exponential backoff and
  jitter (reset once a connection is up again), so a deploy on the event service does not end
  the subscription;
* it fails fast when the handshake is refused (HTTP 401/403/404), since retrying cannot help;
* leaving the ``async for`` (``break``, an exception, task cancellation, ``aclose()``) closes the
  socket cleanly;
* neither the URL's token nor the handshake header ever reaches a log line or an exception
  message: the log names only host and path, exceptions from aiohttp are not chained because
  their text contains the URL.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import aiohttp
from yarl import URL

from ..errors import TransportError, ValidationError, make_api_error

__all__ = ["websocket_authorization", "subscription_url", "subscribe", "encode_event_data"]

logger = logging.getLogger("genauth_async.events")

_REFUSED = frozenset({400, 401, 403, 404})


def websocket_authorization(access_key_id: str, access_key_secret: str) -> str:
    """``genauth <akId>:<base64(HMAC-SHA1(akSecret, "websocket\\n"))>`` for the management handshake.

    The string to sign is the method line alone ("websocket" plus the newline separator), which
    is what the event service checks; it carries no date or nonce.
    """
    digest = hmac.new(access_key_secret.encode(), b"websocket\n", hashlib.sha1).digest()
    return f"genauth {access_key_id}:{base64.b64encode(digest).decode('ascii')}"


def subscription_url(host: str, endpoint: str, event_code: str, token: str | None = None) -> URL:
    """``{host}{endpoint}?code=<event_code>[&token=<token>]``, properly encoded."""
    if not isinstance(event_code, str) or not event_code:
        raise ValidationError("event_code cannot be empty", param="event_code")
    base = URL(host.rstrip("/") + "/" + endpoint.lstrip("/"))
    query = {"code": event_code}
    if token is not None:
        query["token"] = token
    return base.update_query(query)


def encode_event_data(data: Any) -> str:
    """``eventData`` as the official SDK sends it: a JSON string of the data (``json.dumps``)."""
    import json

    from .._converter import to_wire

    return json.dumps(to_wire(data))


def _where(url: URL) -> str:
    return f"{url.scheme}://{url.host}{url.path}"  # never the query: it may hold a user token


def _backoff(failures: int, initial: float, cap: float) -> float:
    # The exponent is bounded: a subscription that reconnects forever (max_reconnects=None) through
    # a long outage reaches thousands of failures, and 2.0 ** 1024 overflows a float.
    ceiling = min(cap, initial * (2.0 ** min(failures - 1, 64)))
    # "Equal jitter": never less than half the step, so a fleet of clients does not reconnect in
    # lockstep yet none of them spins. Not security-relevant randomness.
    return ceiling / 2 + random.uniform(0, ceiling / 2)


async def _close(ws: aiohttp.ClientWebSocketResponse[bool]) -> None:
    # Shielded: when the consumer was cancelled, the close handshake still completes in the
    # background instead of leaving the socket half-open.
    try:
        await asyncio.shield(ws.close())
    except (asyncio.CancelledError, Exception):  # noqa: BLE001 - a failed close must not mask why we stopped
        pass


async def subscribe(
    session: Callable[[], aiohttp.ClientSession],
    url: URL,
    headers: Mapping[str, str] | None = None,
    *,
    callback: Callable[[str], Any] | None = None,
    max_reconnects: int | None = None,
    heartbeat: float | None = 30.0,
    initial_backoff: float = 0.5,
    max_backoff: float = 30.0,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
) -> AsyncIterator[str]:
    """Yield each text message published to ``url``; reconnect until ``max_reconnects`` consecutive
    failures (``None``: forever). ``callback``, when given, is also called with each message."""
    failures = 0
    where = _where(url)
    while True:
        reason: str
        try:
            ws = await session().ws_connect(
                url,
                headers=dict(headers or {}),
                heartbeat=heartbeat,
                timeout=aiohttp.ClientWSTimeout(ws_close=5.0),
            )
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in _REFUSED:
                raise make_api_error(
                    exc.status, f"event subscription refused by {where} (HTTP {exc.status})",
                    http_status=exc.status,
                ) from None
            reason = f"handshake failed (HTTP {exc.status})"
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
            reason = type(exc).__name__
        else:
            failures = 0
            logger.debug("event subscription connected to %s", where)
            try:
                async for msg in ws:
                    if msg.type == aiohttp.WSMsgType.TEXT:
                        text = str(msg.data)
                    elif msg.type == aiohttp.WSMsgType.BINARY:
                        text = bytes(msg.data).decode("utf-8", errors="replace")
                    else:  # ERROR: the connection is unusable
                        break
                    if callback is not None:
                        callback(text)
                    yield text
            finally:
                await _close(ws)
            reason = f"connection closed (code {ws.close_code})"
        failures += 1
        if max_reconnects is not None and failures > max_reconnects:
            raise TransportError(
                f"event subscription to {where} failed {failures} times in a row ({reason})",
                request_sent=False,
            )
        delay = _backoff(failures, initial_backoff, max_backoff)
        logger.warning("event subscription to %s: %s; reconnecting in %.1fs", where, reason, delay)
        await sleep(delay)
