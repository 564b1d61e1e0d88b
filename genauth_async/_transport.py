"""The HTTP layer: pooled aiohttp sessions, timeouts, and network failures mapped to errors.

Why the session handling looks the way it does:

* A session per request (what the official SDK effectively does with ``requests``) costs a TCP and
  TLS handshake per call; one long-lived session keeps connections alive and pooled
  (``max_connections``, default 100, is the connector's limit).
* A session belongs to the event loop it was created in. Clients are often created at import time
  and then used from ``asyncio.run`` twice, from a portal thread, from several threads each running
  its own loop, or in a forked worker. So sessions are created lazily inside the running loop, one
  per loop: a loop never touches another loop's session, and a session in use by a loop running in
  another thread is never closed under it. The session of a loop that has been closed is dropped
  (its sockets closed synchronously, which cannot block on a dead loop) when a new session is made
  or on ``aclose()``; ``aclose()`` closes the running loop's session and those of idle loops, and
  leaves loops running in other threads to close their own. The last (loop, pid, session) triple
  is cached in one attribute, so the common case costs an identity check.
* After ``fork()`` every inherited session is abandoned without touching its sockets: the parent
  still owns those connections and a TLS close would corrupt its stream.
* A session the user passes in is theirs: used as is, never replaced, never closed.

Timeouts: ``timeout`` is the total budget of one attempt (default 10 s); the TCP/TLS connect
(``sock_connect``) gets its own, smaller budget (half the total, at most 5 s). Without it a hung
connect would only end with the total timeout, which cannot tell "never connected" from "sent,
no answer", and a POST that never left would not be retried.

Retries are counted in one place (``BaseClient._run``). aiohttp by itself re-sends an
idempotent request once when a pooled connection drops (``ClientSession._retry_connection``),
which would make a GET go out up to ``2 * (1 + max_retries)`` times; that flag is switched off on
the sessions we create (aiohttp's own test client does the same), so ``max_retries`` is exact.
Every private aiohttp name used here is decided once at import (``RETRY_FLAG_EXISTS``,
``CONNECTOR_CLOSE_EXISTS``) and pinned by tests/core/test_aiohttp_internals.py, not guarded
per use by a ``hasattr`` that would hide a rename.

TLS and proxies: the connector gets ``ssl=`` as the client's ``verify=`` resolved it (True, False
or an ``SSLContext``; a CA path was loaded into a context once, at construction); the session gets
``trust_env=`` (``HTTP(S)_PROXY``/``NO_PROXY``), off unless asked for.

Failures are classified once here, as "never sent" or "may have been sent", because the retry
rules depend on that distinction and nothing above this layer can recover it.
"""

from __future__ import annotations

import asyncio
import os
import platform
import ssl
import sys
import threading
import warnings
from collections.abc import Mapping

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from ._request import Request
from ._retry import FailureKind
from ._version import __version__
from .errors import APITimeoutError, ConnectError, TransportError

__all__ = [
    "SDK_VERSION",
    "SDK_VERSION_HEADER",
    "USER_AGENT",
    "Transport",
    "InsecureTLSWarning",
    "describe_timeout",
    "failure_kind",
    "map_failure",
    "warn_unverified_ssl",
]


# The package's own version, not importlib.metadata: that import (zipfile, csv, email parsing of
# the dist-info) costs ~1 MiB of memory and milliseconds of import time.
SDK_VERSION = __version__
#: Value of ``x-genauth-sdk-version``: names this SDK so GenAuth can tell it from the official one.
SDK_VERSION_HEADER = f"genauth-async-py:{SDK_VERSION}"
USER_AGENT = (
    f"genauth-async/{SDK_VERSION} (python {platform.python_version()}; aiohttp {aiohttp.__version__})"
)


class InsecureTLSWarning(UserWarning):
    """Certificate verification was switched off (``verify=False`` or ``use_unverified_ssl=True``)."""


_warned_unverified = False


def warn_unverified_ssl() -> None:
    """Warn once per process: repeated warnings from every client would be noise, none would hide it."""
    global _warned_unverified
    if _warned_unverified:
        return
    _warned_unverified = True
    # Point at the caller's line: the first frame outside this SDK (its constructors, the sync
    # facade's) rather than a fixed depth that differs between the async and sync clients.
    level, frame = 1, sys._getframe(0)
    while frame is not None and frame.f_globals.get("__name__", "").startswith(("genauth_async", "genauth_sync")):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    warnings.warn(
        "verify=False (use_unverified_ssl=True): TLS certificates are not verified; anyone on the "
        "network path can read and alter API traffic, including credentials. To trust a private CA, "
        "pass verify='/path/to/ca.pem' or an ssl.SSLContext instead",
        InsecureTLSWarning,
        stacklevel=level,
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


def map_failure(exc: Exception) -> TransportError:
    """Our error for a failure of one attempt, classified as "never sent" or "may have been sent"."""
    if isinstance(exc, TransportError):
        return exc
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        # Never sent, and a certificate problem does not heal on retry. The usual cause behind a
        # corporate proxy or on a private deployment is a CA the system does not know.
        return _transport_error(
            ConnectError,
            f"TLS error: the server's certificate was not accepted ({exc.certificate_error}); to trust a "
            "private CA pass verify='/path/to/ca.pem' or an ssl.SSLContext",
            None,
            False,
        )
    if isinstance(exc, aiohttp.ClientSSLError):
        return _transport_error(ConnectError, f"TLS error: {exc}", None, False)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return _transport_error(APITimeoutError, f"connect timed out: {exc}", FailureKind.NOT_SENT, False)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return _transport_error(ConnectError, f"cannot connect: {exc}", FailureKind.NOT_SENT, False)
    if isinstance(exc, asyncio.TimeoutError):
        # Covers the total timeout and read timeouts: we cannot know whether the server acted.
        return _transport_error(APITimeoutError, "request timed out", FailureKind.SENT_NO_RESPONSE, True)
    if isinstance(exc, aiohttp.InvalidURL):
        return _transport_error(ConnectError, f"invalid URL: {exc}", None, False)
    if isinstance(exc, (aiohttp.ClientError, OSError)):
        return _transport_error(TransportError, f"connection failed: {type(exc).__name__}: {exc}",
                                FailureKind.SENT_NO_RESPONSE, True)
    # An aiohttp internal failure (an AssertionError, a RuntimeError...) still surfaces as our
    # error. Only the type is named: an unknown message could carry anything. Not retried: it is
    # more likely a bug than a transient condition.
    return _transport_error(
        TransportError,
        f"unexpected failure in the HTTP client ({type(exc).__name__}); the request may have been sent",
        None,
        True,
    )


def _seconds_text(seconds: float) -> str:
    return f"{seconds:.3g}" if seconds < 1 else f"{seconds:g}"


def describe_timeout(exc: TransportError, name: str | None, method: str, path: str, seconds: float,
                     deadline: float | None = None) -> TransportError:
    """The timeout error of one attempt, naming the method, the path and the budget that ran out.

    ``request timed out`` alone does not say which of a program's calls hung, nor whether it was
    the connect (never sent) or the answer (may have been sent). ``deadline`` is given when the
    attempt had only what was left of the call's deadline.
    """
    what = f"{name} {method} {path}" if name else f"{method} {path}"
    if failure_kind(exc) is FailureKind.NOT_SENT:
        text = f"{what}: connect timed out after {_seconds_text(connect_budget(seconds))} s (not sent)"
    else:
        text = f"{what} timed out after {_seconds_text(seconds)} s"
    if deadline is not None:
        text += f" (the rest of the call's {_seconds_text(deadline)} s deadline)"
    return _transport_error(APITimeoutError, text, failure_kind(exc), exc.request_sent)


def _abandon_session(session: aiohttp.ClientSession, forked: bool) -> None:
    """Drop a session whose loop is gone (closed, idle, or in the parent process), quietly.

    Never called for a session whose loop is running in another thread: that loop may have
    requests in flight on it.
    """
    connector = session.connector
    session.detach()  # marks the session closed, so its __del__ stays quiet
    if connector is None:
        return
    if forked:
        # The sockets are shared with the parent: forget them. Marking the connector closed stops
        # it from shutting them down (TLS close_notify would corrupt the parent's stream) when
        # it is collected; the child merely drops its copies of the file descriptors.
        # A private attribute, read back through the public ``closed`` property (and tested in
        # tests/core/test_aiohttp_internals.py), so a rename cannot pass unnoticed.
        connector._closed = True
        return
    # The loop is closed or idle: closing synchronously cannot block and frees the sockets.
    # BaseConnector._close is private (the public close() is a coroutine that needs the dead loop);
    # its presence is checked once at import and by the tests, not guessed here.
    if not CONNECTOR_CLOSE_EXISTS:  # pragma: no cover - an aiohttp without it: left to the GC
        return
    try:
        connector._close()
    except Exception:  # noqa: BLE001 - best effort on a dead loop
        pass


#: aiohttp's synchronous connector close is private (see _abandon_session); checked once here.
CONNECTOR_CLOSE_EXISTS = callable(getattr(aiohttp.BaseConnector, "_close", None))


# os.getpid() is a system call (~0.2 µs); the session check runs on every request, so the pid is
# cached here and refreshed in a forked child.
_pid = os.getpid()
# Guards the per-loop session tables of all transports (slow path only). Module-level so the
# fork hook can replace it: a child must not inherit a lock some parent thread was holding.
_sessions_lock = threading.Lock()


def _refresh_pid() -> None:
    global _pid, _sessions_lock
    _pid = os.getpid()
    _sessions_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_refresh_pid)

#: aiohttp 3.10 started re-sending idempotent requests once on a dropped pooled connection; 3.11
#: added the private switch ``ClientSession._retry_connection`` (listed in ``ClientSession.ATTRS``).
#: Decided once, explicitly, rather than with a ``hasattr`` per session that would hide a rename.
RETRY_FLAG_EXISTS = "_retry_connection" in getattr(aiohttp.ClientSession, "ATTRS", frozenset())

#: Upper bound of the connect budget (TCP connect plus TLS handshake) of one attempt.
MAX_CONNECT_TIMEOUT = 5.0


def connect_budget(total: float) -> float:
    """Seconds for TCP connect plus TLS handshake within an attempt of ``total`` seconds."""
    return min(MAX_CONNECT_TIMEOUT, total / 2)


def _client_timeout(total: float) -> aiohttp.ClientTimeout:
    """``total`` for the attempt; a connect budget strictly inside it (see the module docstring)."""
    return aiohttp.ClientTimeout(total=total, sock_connect=connect_budget(total))


_Current = tuple[asyncio.AbstractEventLoop, int, aiohttp.ClientSession]


class Transport:
    """Sends one HTTP request and returns (status, headers, body bytes); no envelope knowledge."""

    __slots__ = (
        "base_url",
        "_base",
        "_default_timeout",
        "_timeouts",
        "_max_connections",
        "_verify_ssl",
        "_trust_env",
        "_keepalive_timeout",
        "_user_session",
        "_current",
        "_sessions",
        "_sessions_pid",
        "_urls",
    )

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        max_connections: int = 100,
        verify_ssl: bool | ssl.SSLContext = True,
        trust_env: bool = False,
        session: aiohttp.ClientSession | None = None,
        keepalive_timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._base = URL(self.base_url)
        self._default_timeout = _client_timeout(timeout)
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}
        self._max_connections = max_connections
        self._verify_ssl = verify_ssl
        self._trust_env = trust_env
        self._keepalive_timeout = keepalive_timeout
        self._user_session = session
        # The session used last, with its loop and pid, read and written as one tuple so a thread
        # never pairs one loop with another loop's session.
        self._current: _Current | None = None
        self._sessions: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}
        self._sessions_pid = _pid
        self._urls: dict[str, URL] = {}

    @property
    def default_timeout(self) -> aiohttp.ClientTimeout:
        return self._default_timeout

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
            tm = _client_timeout(seconds)
            if len(self._timeouts) < 64:
                self._timeouts[seconds] = tm
        return tm

    def get_session(self) -> aiohttp.ClientSession:
        """The session for the running loop and process, created on demand."""
        if self._user_session is not None:
            return self._user_session
        loop = asyncio.get_running_loop()
        current = self._current
        if current is not None and current[0] is loop and current[1] == _pid and not current[2].closed:
            return current[2]
        with _sessions_lock:
            self._forget_parent_sessions()
            session = self._sessions.get(loop)
            if session is None or session.closed:
                self._drop_dead_loops(keep=loop)
                session = self._new_session()
                self._sessions[loop] = session
            self._current = (loop, _pid, session)
            return session

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._max_connections,
            ssl=self._verify_ssl,
            keepalive_timeout=self._keepalive_timeout,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._default_timeout,
            raise_for_status=False,
            # HTTP(S)_PROXY / NO_PROXY (and .netrc) only when asked, as aiohttp does by default.
            trust_env=self._trust_env,
            # No skip_auto_headers: it sends aiohttp down a slower per-request path, and our
            # header dicts already carry a User-Agent, which stops aiohttp adding its own.
        )
        # Our retry loop counts attempts; aiohttp's silent extra re-send of idempotent requests on
        # a dropped connection would double them. A private flag (no public switch exists; aiohttp's
        # own test client sets it the same way); tests/core/test_aiohttp_internals.py fails if a
        # release that re-sends no longer has it.
        if RETRY_FLAG_EXISTS:
            session._retry_connection = False
        return session

    def _forget_parent_sessions(self) -> None:
        # Caller holds _sessions_lock.
        if self._sessions_pid == _pid:
            return
        inherited = list(self._sessions.values())
        self._sessions.clear()
        self._sessions_pid = _pid
        self._current = None
        for session in inherited:
            if not session.closed:
                _abandon_session(session, forked=True)

    def _drop_dead_loops(self, keep: asyncio.AbstractEventLoop | None, idle_too: bool = False) -> None:
        # Caller holds _sessions_lock. Sessions of closed loops (and, on aclose, of idle ones) go;
        # sessions of loops running in other threads stay: they may have requests in flight.
        for loop, session in list(self._sessions.items()):
            if loop is keep:
                continue
            if session.closed:
                del self._sessions[loop]
            elif loop.is_closed() or (idle_too and not loop.is_running()):
                del self._sessions[loop]
                _abandon_session(session, forked=False)

    async def send(self, request: Request, headers: Mapping[str, str] | None = None,
                   timeout: float | None = None) -> tuple[int, CIMultiDictProxy[str], bytes]:
        """The send stage: one attempt of ``request``, as (status, headers, body bytes).

        Every failure below HTTP leaves as our :class:`TransportError`, classified "never sent" or
        "may have been sent" (:func:`map_failure`); the retry loop above reads only that.
        """
        current = self._current
        # No `closed` check here (two property calls a request): every path that closes one of our
        # sessions (aclose, dead loops, fork) also clears or bypasses _current.
        if current is not None and current[0] is asyncio.get_running_loop() and current[1] == _pid:
            session = current[2]
        else:
            session = self.get_session()
        # The URL and timeout caches are read here rather than through _url()/_timeout(): two
        # method calls less on every request for the common case (a known path, the default).
        url = self._urls.get(request.path)
        if url is None:
            url = self._url(request.path)
        try:
            async with session.request(request.method, url, params=request.query or None, data=request.body,
                                       headers=headers,
                                       timeout=self._default_timeout if timeout is None else self._timeout(timeout),
                                       ) as resp:
                return resp.status, resp.headers, await resp.read()
        except Exception as exc:
            raise map_failure(exc) from exc

    async def aclose(self) -> None:
        """Close the sessions we created that can be closed from here; a user's session is left alone.

        The running loop's session is closed properly; sessions of closed or idle loops are
        dropped; a loop running in another thread keeps its session until it closes it itself.
        """
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - aclose is async, so a loop is running
            running = None
        with _sessions_lock:
            self._forget_parent_sessions()
            session = self._sessions.pop(running, None) if running is not None else None
            current = self._current
            if current is not None and (current[0] is running or current[0] not in self._sessions):
                self._current = None
            self._drop_dead_loops(keep=None, idle_too=True)
        if session is not None and not session.closed:
            await session.close()
