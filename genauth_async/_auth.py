"""Credentials on the wire: the management token provider and the prebuilt header sets.

Management token: fetched from ``POST /api/v3/get-management-token``, cached, and refreshed a
little before it expires so no call is sent with a token about to die in flight. The fetch is
single-flight: when a thousand calls start together on a cold client, one of them fetches and the
others wait for its result (an ``asyncio.Lock`` plus a second look after acquiring it). A failed
fetch is shared with the waiters queued behind it instead of being repeated by each of them.

Headers are built once per credential change, not per call: the per-request cost is a dict lookup.
They are handed out as read-only ``CIMultiDictProxy`` objects, the type aiohttp keeps headers in:
given a plain dict, aiohttp converts it into a new multidict on every request (about 6,000 CPU
instructions a call for our six headers, counted with callgrind); given a multidict it skips that
step. Read-only, so a caller (a hook) cannot alter what later calls send.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import os
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

from .errors import APIError

__all__ = [
    "ManagementToken",
    "ManagementTokenProvider",
    "ManagementHeaders",
    "AuthenticationHeaders",
    "decode_jwt_payload",
]

_DEFAULT_TTL = 7200.0

# Guards the per-loop lock tables (first call on a loop only). Replaced in a forked child, which
# must not inherit a lock a parent thread was holding.
_locks_guard = threading.Lock()


def _new_guard() -> None:
    global _locks_guard
    _locks_guard = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_guard)


def decode_jwt_payload(token: str) -> dict[str, Any]:
    """Read a JWT's claims without verifying it (we only need ``scoped_userpool_id``).

    JWTs use the URL-safe base64 alphabet; the official SDK's standard-alphabet decoding breaks on
    tokens containing ``-`` or ``_``.
    """
    parts = token.split(".")
    if len(parts) < 2:
        return {}
    segment = parts[1]
    segment += "=" * (-len(segment) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(segment.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError):
        return {}
    return claims if isinstance(claims, dict) else {}


@attrs.frozen(slots=True, repr=False)
class ManagementToken:
    access_token: str
    userpool_id: str | None
    expires_in: float

    def __repr__(self) -> str:
        return f"ManagementToken(userpool_id={self.userpool_id!r}, expires_in={self.expires_in!r})"


class ManagementTokenProvider:
    """Caches the management token; ``fetch`` returns the envelope ``data`` of the token request."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], Awaitable[Any]],
        access_key_id: str,
        access_key_secret: str,
        *,
        leeway: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._access_key_id = access_key_id
        self._access_key_secret = access_key_secret
        self._leeway = leeway
        self._clock = clock
        self._token: ManagementToken | None = None
        self._refresh_at = 0.0
        # One lock per event loop (an asyncio.Lock must not be shared between loops), per process.
        self._locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._locks_pid = 0
        self._generation = 0
        self._last_error: Exception | None = None
        #: Number of token requests sent; tests and metrics read it.
        self.fetch_count = 0

    def __repr__(self) -> str:
        return f"ManagementTokenProvider(access_key_id={self._access_key_id!r})"

    def current(self) -> ManagementToken | None:
        """The cached token if it is still comfortably valid; the per-call fast path."""
        token = self._token
        if token is not None and self._clock() < self._refresh_at:
            return token
        return None

    def invalidate(self, access_token: str | None = None) -> None:
        """Forget the token, unless a newer one already replaced the one that was rejected.

        The comparison is what keeps fifty calls failing with the same expired token from causing
        fifty refreshes.
        """
        token = self._token
        if token is None:
            return
        if access_token is None or token.access_token == access_token:
            self._token = None
            self._refresh_at = 0.0

    def _get_lock(self) -> asyncio.Lock:
        # An asyncio.Lock binds to the loop that first waits on it. A client reused from a new loop
        # (asyncio.run twice), from two threads each running a loop, or in a forked child needs a
        # lock of its own there, without taking away the one another loop's waiters hold.
        # (Single flight is per loop: two loops starting cold fetch one token each.)
        loop = asyncio.get_running_loop()
        pid = os.getpid()
        with _locks_guard:
            if self._locks_pid != pid:
                self._locks = {}
                self._locks_pid = pid
            lock = self._locks.get(loop)
            if lock is None:
                for other in [other for other in self._locks if other.is_closed()]:
                    del self._locks[other]
                lock = self._locks[loop] = asyncio.Lock()
            return lock

    async def get(self) -> ManagementToken:
        token = self.current()
        if token is not None:
            return token
        generation = self._generation
        async with self._get_lock():
            token = self.current()
            if token is not None:
                return token
            if self._generation != generation and self._last_error is not None:
                # The fetch we queued behind just failed; repeating it per waiter would hammer
                # the token endpoint with a thousand identical doomed requests.
                raise self._last_error
            try:
                token = await self._refresh()
            except Exception as exc:
                # (Cancellation is not shared: the next waiter simply tries again.)
                self._last_error = exc
                self._generation += 1
                raise
            self._last_error = None
            self._generation += 1
            return token

    async def _refresh(self) -> ManagementToken:
        self.fetch_count += 1
        started = self._clock()
        data = await self._fetch(
            {"accessKeyId": self._access_key_id, "accessKeySecret": self._access_key_secret}
        )
        access_token = data.get("access_token") if isinstance(data, Mapping) else None
        if not access_token or not isinstance(access_token, str):
            raise APIError("get management token failed: no access_token in the answer", status_code=500)
        try:
            ttl = float(data.get("expires_in") or _DEFAULT_TTL)
        except (TypeError, ValueError):
            ttl = _DEFAULT_TTL
        claims = decode_jwt_payload(access_token)
        userpool_id = claims.get("scoped_userpool_id")
        token = ManagementToken(
            access_token=access_token,
            userpool_id=str(userpool_id) if userpool_id is not None else None,
            expires_in=ttl,
        )
        # Refresh ahead: 60 s early for the usual 2 h token, 10 % early for short-lived ones.
        margin = min(self._leeway, ttl * 0.1)
        self._token = token
        self._refresh_at = started + ttl - margin
        return token


Headers = CIMultiDictProxy[str]


def frozen_headers(headers: Mapping[str, str]) -> Headers:
    """A read-only multidict of ``headers`` (see the module docstring for why not a dict)."""
    return CIMultiDictProxy(CIMultiDict(headers))


class ManagementHeaders:
    """Header sets for management calls, rebuilt only when the token changes."""

    __slots__ = ("_base", "_base_json", "_token", "_auth", "_auth_json")

    def __init__(self, *, lang: str | None, sdk_version: str, user_agent: str) -> None:
        base = {
            "User-Agent": user_agent,
            "x-genauth-sdk-version": sdk_version,
            # The official SDK sends the header even when unset, as an empty string; servers may
            # key on its presence, so keep it.
            "x-genauth-lang": lang or "",
        }
        self._base = frozen_headers(base)
        self._base_json = frozen_headers({**base, "Content-Type": "application/json"})
        self._token: ManagementToken | None = None
        self._auth: Headers = self._base
        self._auth_json: Headers = self._base_json

    def unauthenticated(self, json_body: bool) -> Headers:
        return self._base_json if json_body else self._base

    def for_token(self, token: ManagementToken, json_body: bool) -> Headers:
        if token is not self._token:
            extra = {"authorization": f"Bearer {token.access_token}"}
            if token.userpool_id is not None:
                extra["x-genauth-userpool-id"] = token.userpool_id
            # Both sets are stored before the token that selects them (another thread may read).
            self._auth = frozen_headers({**self._base, **extra})
            self._auth_json = frozen_headers({**self._base_json, **extra})
            self._token = token
        return self._auth_json if json_body else self._auth


class AuthenticationHeaders:
    """Header dicts for authentication-side V3 calls (app id, user token, optional Basic)."""

    __slots__ = ("_base", "_base_json", "_user", "_user_json", "_basic", "_basic_json", "use_basic",
                 "basic_value")

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str | None,
        lang: str | None,
        real_ip: str | None,
        token_endpoint_auth_method: str,
        sdk_version: str,
        user_agent: str,
    ) -> None:
        base = {
            "User-Agent": user_agent,
            "x-genauth-sdk-version": sdk_version,
            "x-genauth-request-from": "sdk",
            "x-genauth-app-id": app_id,
        }
        if lang:
            base["x-genauth-lang"] = lang
        if real_ip:
            base["x-real-ip"] = real_ip
        self._base = frozen_headers(base)
        self._base_json = frozen_headers({**base, "Content-Type": "application/json"})
        self._user: Headers = self._base
        self._user_json: Headers = self._base_json
        self.use_basic = token_endpoint_auth_method == "client_secret_basic" and app_secret is not None
        self.basic_value = ""
        if self.use_basic:
            credentials = base64.b64encode(f"{app_id}:{app_secret}".encode()).decode("ascii")
            self.basic_value = f"Basic {credentials}"
            self._basic = frozen_headers({**base, "authorization": self.basic_value})
        else:
            self._basic = self._base
        self._basic_json = frozen_headers({**self._basic, "Content-Type": "application/json"})

    def set_access_token(self, access_token: str | None) -> None:
        if access_token:
            # Raw token, no "Bearer": the V3 authentication API expects it that way.
            self._user = frozen_headers({**self._base, "authorization": access_token})
        else:
            self._user = self._base
        self._user_json = frozen_headers({**self._user, "Content-Type": "application/json"})

    def get(self, basic_auth: bool, json_body: bool) -> Headers:
        """Headers for an envelope call; ``basic_auth`` is the endpoint descriptor's flag (the spec
        marks the sign-in endpoints that take app credentials in a Basic header)."""
        if self.use_basic and basic_auth:
            return self._basic_json if json_body else self._basic
        return self._user_json if json_body else self._user
