"""The HTTP layer: one pooled aiohttp session per client, and network failures mapped to errors.

Why the session handling looks the way it does:

* A session per request (what the official SDK effectively does with ``requests``) costs a TCP and
  TLS handshake per call; one long-lived session keeps connections alive and pooled.
* A session belongs to the event loop it was created in. Clients are often created at import time
  and then used from ``asyncio.run`` twice, from a portal thread, or in a forked worker. Using the
  old session there gives "Event loop is closed" or a hang, so the session is created lazily inside
  the running loop and silently replaced when the loop or the process (``os.getpid()``) changed.
  A replaced session is abandoned without touching its sockets when we are in a forked child: the
  parent still owns those connections and a TLS close would corrupt its stream.
* A session the user passes in is theirs: used as is, never replaced, never closed.

Failures are classified once here, as "never sent" or "may have been sent", because the retry
rules depend on that distinction and nothing above this layer can recover it.
"""

from __future__ import annotations

import asyncio
import os
import platform
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from ._retry import FailureKind
from .errors import APITimeoutError, ConnectError, TransportError

__all__ = [
    "SDK_VERSION",
    "SDK_VERSION_HEADER",
    "USER_AGENT",
    "Transport",
    "InsecureTLSWarning",
    "failure_kind",
    "warn_unverified_ssl",
]


def _sdk_version() -> str:
    # The package's own __version__, not importlib.metadata: that import (zipfile, csv, email
    # parsing of the dist-info) costs ~1 MiB of memory and milliseconds of import time.
    from . import __version__

    return str(__version__)


SDK_VERSION = _sdk_version()
#: Value of ``x-genauth-sdk-version``: names this SDK so GenAuth can tell it from the official one.
SDK_VERSION_HEADER = f"genauth-async-py:{SDK_VERSION}"
USER_AGENT = (
    f"genauth-async/{SDK_VERSION} (python {platform.python_version()}; aiohttp {aiohttp.__version__})"
)


class InsecureTLSWarning(UserWarning):
    """Certificate verification was switched off with ``use_unverified_ssl=True``."""


_warned_unverified = False


def warn_unverified_ssl() -> None:
    """Warn once per process: repeated warnings from every client would be noise, none would hide it."""
    global _warned_unverified
    if _warned_unverified:
        return
    _warned_unverified = True
    warnings.warn(
        "use_unverified_ssl=True: TLS certificates are not verified; anyone on the network path can "
        "read and alter API traffic, including credentials",
        InsecureTLSWarning,
        stacklevel=3,
    )


def failure_kind(exc: BaseException) -> FailureKind | None:
    """The retry category recorded on a TransportError (None: do not retry)."""
    kind = getattr(exc, "_failure_kind", None)
    return kind if isinstance(kind, FailureKind) else None


def _transport_error(cls: type[TransportError], message: str, kind: FailureKind | None,
                     request_sent: bool) -> TransportError:
    err = cls(message, request_sent=request_sent)
    err._failure_kind = kind  # type: ignore[attr-defined]
    return err


def _abandon_session(session: aiohttp.ClientSession, loop: asyncio.AbstractEventLoop | None,
                     forked: bool) -> None:
    """Drop a session that can no longer be awaited, without warnings and without a hang."""
    connector = session.connector
    session.detach()  # marks the session closed, so its __del__ stays quiet
    if connector is None:
        return
    if forked:
        # The sockets are shared with the parent: forget them. Marking the connector closed stops
        # it from shutting them down (TLS close_notify would corrupt the parent's stream) when
        # it is collected; the child merely drops its copies of the file descriptors.
        try:
            connector._closed = True
        except AttributeError:  # pragma: no cover - aiohttp internals changed
            pass
        return
    if loop is not None and loop.is_running():
        # Still serving another thread: close it there, after its in-flight requests.
        async def close_there() -> None:
            await connector.close()

        try:
            loop.call_soon_threadsafe(lambda: loop.create_task(close_there()))
        except RuntimeError:  # pragma: no cover - loop closed meanwhile
            pass
        return
    # The old loop is closed or idle: closing synchronously cannot block and frees the sockets.
    try:
        connector._close()
    except Exception:  # noqa: BLE001 - best effort on a dead loop
        pass


# os.getpid() is a system call (~0.2 µs); the session check runs on every request, so the pid is
# cached here and refreshed in a forked child.
_pid = os.getpid()


def _refresh_pid() -> None:
    global _pid
    _pid = os.getpid()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_refresh_pid)


class Transport:
    """Sends one HTTP request and returns (status, headers, body bytes); no envelope knowledge."""

    __slots__ = (
        "base_url",
        "_base",
        "_default_timeout",
        "_timeouts",
        "_max_connections",
        "_verify_ssl",
        "_keepalive_timeout",
        "_user_session",
        "_session",
        "_session_loop",
        "_session_pid",
        "_urls",
    )

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        max_connections: int = 100,
        verify_ssl: bool = True,
        session: aiohttp.ClientSession | None = None,
        keepalive_timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._base = URL(self.base_url)
        self._default_timeout = aiohttp.ClientTimeout(total=timeout)
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}
        self._max_connections = max_connections
        self._verify_ssl = verify_ssl
        self._keepalive_timeout = keepalive_timeout
        self._user_session = session
        self._session: aiohttp.ClientSession | None = None
        self._session_loop: asyncio.AbstractEventLoop | None = None
        self._session_pid = 0
        self._urls: dict[str, URL] = {}

    @property
    def owns_session(self) -> bool:
        return self._user_session is None

    def _url(self, path: str) -> URL:
        url = self._urls.get(path)
        if url is None:
            if path.startswith(("http://", "https://")):
                url = URL(path)
            else:
                url = URL(self.base_url + (path if path.startswith("/") else "/" + path))
            if len(self._urls) < 2048:  # paths with ids in them must not grow this forever
                self._urls[path] = url
        return url

    def _timeout(self, seconds: float | None) -> aiohttp.ClientTimeout:
        if seconds is None:
            return self._default_timeout
        tm = self._timeouts.get(seconds)
        if tm is None:
            tm = aiohttp.ClientTimeout(total=seconds)
            if len(self._timeouts) < 64:
                self._timeouts[seconds] = tm
        return tm

    def get_session(self) -> aiohttp.ClientSession:
        """The session for the running loop and process, created (or replaced) on demand."""
        if self._user_session is not None:
            return self._user_session
        loop = asyncio.get_running_loop()
        session = self._session
        if session is not None:
            if self._session_loop is loop and self._session_pid == _pid and not session.closed:
                return session
            self._drop_session()
        connector = aiohttp.TCPConnector(
            limit=self._max_connections,
            ssl=self._verify_ssl,
            keepalive_timeout=self._keepalive_timeout,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._default_timeout,
            raise_for_status=False,
            # No skip_auto_headers: it sends aiohttp down a slower per-request path, and our
            # header dicts already carry a User-Agent, which stops aiohttp adding its own.
        )
        self._session = session
        self._session_loop = loop
        self._session_pid = _pid
        return session

    def _drop_session(self) -> None:
        session, loop = self._session, self._session_loop
        self._session = None
        self._session_loop = None
        if session is not None and not session.closed:
            _abandon_session(session, loop, forked=self._session_pid != _pid)

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> tuple[int, CIMultiDictProxy[str], bytes]:
        session = self._session
        if (
            session is None
            or self._session_pid != _pid
            or self._session_loop is not asyncio.get_running_loop()
            or session.closed
        ):
            session = self.get_session()
        try:
            async with session.request(
                method,
                self._url(path),
                params=params or None,
                data=data,
                headers=headers,
                timeout=self._timeout(timeout),
            ) as resp:
                body = await resp.read()
                return resp.status, resp.headers, body
        except aiohttp.ClientSSLError as exc:
            # Never sent, but a certificate problem does not heal on retry.
            raise _transport_error(ConnectError, f"TLS error: {exc}", None, False) from exc
        except aiohttp.ConnectionTimeoutError as exc:
            raise _transport_error(APITimeoutError, f"connect timed out: {exc}", FailureKind.NOT_SENT,
                                   False) from exc
        except aiohttp.ClientConnectorError as exc:
            raise _transport_error(ConnectError, f"cannot connect: {exc}", FailureKind.NOT_SENT,
                                   False) from exc
        except asyncio.TimeoutError as exc:
            # Covers the total timeout and read timeouts: we cannot know whether the server acted.
            raise _transport_error(APITimeoutError, "request timed out", FailureKind.SENT_NO_RESPONSE,
                                   True) from exc
        except aiohttp.InvalidURL as exc:
            raise _transport_error(ConnectError, f"invalid URL: {exc}", None, False) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise _transport_error(TransportError, f"connection failed: {type(exc).__name__}: {exc}",
                                   FailureKind.SENT_NO_RESPONSE, True) from exc

    async def aclose(self) -> None:
        """Close the session we created; a user-provided one is left alone."""
        session, loop, pid = self._session, self._session_loop, self._session_pid
        self._session = None
        self._session_loop = None
        if session is None or session.closed:
            return
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - aclose is async, so a loop is running
            running = None
        if running is loop and pid == _pid:
            await session.close()
        else:
            _abandon_session(session, loop, forked=pid != _pid)
