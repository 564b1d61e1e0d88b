"""The sync facade's runtime: one long-lived event-loop thread (anyio blocking portal) per client.

Generated sync methods are one-liners: ``return self._run(lambda c: c.some_method(...))``. The
lambda runs on the portal's loop with the client's async twin, which lives on that loop for the
sync client's whole life, so sequential calls reuse its aiohttp connections.

- Started lazily on first use; stopped by ``close()``, a ``with`` block, garbage collection or
  interpreter exit (``weakref.finalize``).
- Thread-safe: any number of threads may call one client; the start-up is guarded by a lock.
- Cheap per call: the anyio portal owns the thread and the loop's lifecycle, but calls do not go
  through ``portal.call`` (a task-group task, a cancel scope and a ``concurrent.futures.Future``
  with its condition variable: ~65 µs per call). Instead the caller hands the coroutine to the loop
  with one ``call_soon_threadsafe`` and sleeps on a bare lock that the task's done callback
  releases (~20 µs). With uvloop, wake-ups from many threads coalesce into one loop wake-up.
- Fork-safe: the process id is checked on every call. A child process never touches the parent's
  loop thread or sockets; it starts its own portal and async client on first use.
- Calling the facade from its own loop thread (e.g. from a callback running on the portal) would
  deadlock, so it raises :class:`PortalReentryError` instead. Calling it from another thread whose
  asyncio loop is running (an ``async def`` handler) blocks that loop for the whole call, and hangs
  until the timeout when that loop serves the API: the client warns once (``RuntimeWarning``).
- Constructor arguments are checked when the client is made, in the caller's thread, by the rules
  the async constructors use (``genauth_async._checks``): a bad argument raises ``ValidationError``
  from the constructor rather than from the first call on the portal.
- Pure helpers that send nothing (URL builders, PKCE) run in the caller's thread (``_direct``):
  they neither hop to the loop thread nor start it. Before the portal runs they use a *detached*
  async client built in the caller's thread, which the portal adopts when it starts, so a process
  has one async client per sync client either way.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import importlib.util
import os
import sys
import threading
import warnings
import weakref
from _thread import allocate_lock
from asyncio import _get_running_loop
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    from types import TracebackType

    from anyio.from_thread import BlockingPortal

    from genauth_sync._raw_response import SyncWithRawResponse

__all__ = ["PortalReentryError", "SyncClient"]

_C = TypeVar("_C")
_T = TypeVar("_T")
_Self = TypeVar("_Self", bound="SyncClient[Any]")

# State objects left behind by a fork: never used or closed in the child (the loop thread does not
# exist there and the sockets belong to the parent), only kept alive so no finalizer touches them.
_ABANDONED: list[object] = []
_CLIENTS: weakref.WeakSet[SyncClient[Any]] = weakref.WeakSet()
_USE_UVLOOP: bool | None = None


class PortalReentryError(RuntimeError):
    """A sync client was called from its own event-loop thread (this would deadlock)."""


def _use_uvloop() -> bool:
    global _USE_UVLOOP
    if _USE_UVLOOP is None:
        _USE_UVLOOP = os.name != "nt" and importlib.util.find_spec("uvloop") is not None
    return _USE_UVLOOP


class _State:
    """Everything that belongs to one running portal (one process, one loop thread)."""

    __slots__ = ("client", "cm", "loop", "pending", "pid", "portal", "thread_id", "__weakref__")

    def __init__(self, pid: int, cm: Any, portal: BlockingPortal, client: Any, thread_id: int,
                 loop: asyncio.AbstractEventLoop) -> None:
        self.pid = pid
        self.cm = cm
        self.portal = portal
        self.client = client
        self.thread_id = thread_id
        self.loop = loop
        #: Calls handed to the loop and not yet collected; released with an error if the loop
        #: stops before it ever started them.
        self.pending: set[_Call] = set()


class _Call:
    """One cross-thread call: started on the loop, awaited by the caller on a bare lock."""

    __slots__ = ("error", "lock", "result", "started", "task")

    def __init__(self) -> None:
        self.lock = allocate_lock()
        self.lock.acquire()
        self.result: Any = None
        self.error: BaseException | None = None
        self.started = False
        self.task: asyncio.Task[None] | None = None


def _run_on(state: _State, fn: Callable[[Any], Awaitable[_T]]) -> _T:
    """``await fn(client)`` on the state's loop; block this thread until it is done."""
    call = _Call()
    client = state.client

    async def runner() -> None:
        # Releasing the lock from inside the task (rather than from a done callback) saves the
        # caller one more loop iteration.
        try:
            call.result = await fn(client)
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            call.error = exc
        finally:
            call.lock.release()

    def start() -> None:
        call.started = True
        call.task = state.loop.create_task(runner())

    return _wait(state, call, start)  # type: ignore[no-any-return]


def _run_sync_on(state: _State, fn: Callable[[Any], _T]) -> _T:
    """``fn(client)`` on the state's loop thread; block this thread until it returned."""
    call = _Call()
    client = state.client

    def start() -> None:
        call.started = True
        try:
            call.result = fn(client)
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            call.error = exc
        call.lock.release()

    return _wait(state, call, start)  # type: ignore[no-any-return]


def _wait(state: _State, call: _Call, start: Callable[[], None]) -> Any:
    pending = state.pending
    pending.add(call)
    try:
        state.loop.call_soon_threadsafe(start)
    except RuntimeError:  # the loop is closed: the portal was stopped
        pending.discard(call)
        raise RuntimeError("this client's event-loop thread is not running") from None
    try:
        call.lock.acquire()
    except BaseException:
        pending.discard(call)
        # Interrupted while waiting (KeyboardInterrupt): do not leave the request running.
        task = call.task
        if task is not None:
            try:
                state.loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # pragma: no cover - loop closed meanwhile
                pass
        raise
    pending.discard(call)
    error = call.error
    if error is not None:
        call.error = None  # no reference cycle through the traceback
        if isinstance(error, asyncio.CancelledError):
            # The loop was stopped under the call (close() from another thread). A sync caller's
            # `except Exception` must see it, as with anyio's portal.call.
            raise concurrent.futures.CancelledError("the call was cancelled: the client was closed") from None
        raise error
    return call.result


class _Holder:
    """Shared between a client and its finalizer (which must not reference the client)."""

    __slots__ = ("detached", "state")

    def __init__(self) -> None:
        self.state: _State | None = None
        #: (pid, async client) made outside the portal for ``_direct`` calls; adopted by the portal
        #: when it starts. It never touched a loop, so it holds no connection to close.
        self.detached: tuple[int, Any] | None = None


def _shutdown(holder: _Holder) -> None:
    state, holder.state = holder.state, None
    if state is None or state.pid != os.getpid():
        return
    try:
        if threading.get_ident() != state.thread_id:
            close = getattr(state.client, "aclose", None)
            if close is not None:
                state.portal.call(close)
    finally:
        try:
            state.cm.__exit__(None, None, None)
        except RuntimeError:
            pass
        _release_unstarted(state)


def _release_unstarted(state: _State) -> None:
    """Fail the calls that were queued but never started before the loop stopped (no hang)."""
    for call in list(state.pending):
        if not call.started:
            call.error = RuntimeError("this client was closed while the call was waiting to start")
            try:
                call.lock.release()
            except RuntimeError:  # pragma: no cover - released meanwhile
                pass


# Cached: os.getpid() is a system call and _run checks the pid on every call.
_pid = os.getpid()


def _after_fork_in_child() -> None:
    global _pid
    _pid = os.getpid()
    for client in list(_CLIENTS):
        client._lock = threading.Lock()
        state = client._holder.state
        if state is not None:
            _ABANDONED.append(state)
            client._holder.state = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class SyncClient(Generic[_C]):
    """Base class of the generated sync clients (``_C`` is the async client class)."""

    _async_class_path: ClassVar[tuple[str, str]]
    _kwargs: dict[str, Any]
    _lock: threading.Lock
    _holder: _Holder
    _closed: bool

    def _setup(self, kwargs: dict[str, Any]) -> None:
        self._kwargs = kwargs
        self._lock = threading.Lock()
        self._holder = _Holder()
        self._closed = False
        self._warned_running_loop = False
        # Checked now, in the caller's thread, by the same rules as the async constructors: a bad
        # argument raises ValidationError here, not on the first call. The async twin itself is
        # still made lazily (and aiohttp imported then), which keeps the facade cheap to import.
        from genauth_async._checks import check_client_arguments

        if check_client_arguments(kwargs) is False:
            from genauth_async._transport import warn_unverified_ssl

            warn_unverified_ssl()  # where the caller sees it, not on the portal thread
        self._finalizer = weakref.finalize(self, _shutdown, self._holder)
        _CLIENTS.add(self)

    # -- lifecycle ---------------------------------------------------------------------------------

    def _make_client(self) -> _C:
        module, name = self._async_class_path
        cls = getattr(importlib.import_module(module), name)
        client: _C = cls(**self._kwargs)
        return client

    def _state(self) -> _State:
        state = self._holder.state
        pid = os.getpid()
        if state is not None and state.pid == pid:
            return state
        with self._lock:
            state = self._holder.state
            if state is not None and state.pid == pid:
                return state
            if state is not None:  # inherited from the parent by fork(): leave it alone
                _ABANDONED.append(state)
                self._holder.state = None
            if self._closed:
                raise RuntimeError("this client has been closed")
            from anyio.from_thread import start_blocking_portal

            options = {"use_uvloop": True} if _use_uvloop() else {}
            cm = start_blocking_portal("asyncio", options, name=f"genauth-sync-portal-{id(self):x}")
            portal = cm.__enter__()
            detached, self._holder.detached = self._holder.detached, None
            try:
                thread_id = portal.call(threading.get_ident)
                loop = portal.call(asyncio.get_running_loop)
                if detached is not None and detached[0] == pid:
                    client = detached[1]  # made by a _direct call: adopt it (its state included)
                else:
                    client = portal.call(self._make_client)
            except BaseException:
                cm.__exit__(None, None, None)
                raise
            state = _State(pid, cm, portal, client, thread_id, loop)
            self._holder.state = state
            return state

    def close(self) -> None:
        """Close the async client (its connections) and stop the loop thread. Idempotent."""
        self._closed = True
        if self._holder.state is not None and self._holder.state.pid == os.getpid():
            self._check_thread(self._holder.state)
        with self._lock:
            self._holder.detached = None
            _shutdown(self._holder)

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def with_raw_response(self) -> SyncWithRawResponse:
        """Every endpoint method (and ``request()``), answering a ``RawResponse`` (status, headers,
        body, request id, elapsed, retries taken, ``parse()``), as ``genauth_async`` does."""
        proxy = self.__dict__.get("_raw_proxy")
        if proxy is None:
            from genauth_sync._raw_response import SyncWithRawResponse

            cls = getattr(type(self), "_raw_response_class", SyncWithRawResponse)  # the generated, typed subclass
            proxy = self.__dict__["_raw_proxy"] = cls(self)
        return proxy

    # -- calls -------------------------------------------------------------------------------------

    @staticmethod
    def _check_thread(state: _State) -> None:
        if threading.get_ident() == state.thread_id:
            raise PortalReentryError(
                "a genauth_sync client was called from its own event-loop thread (for example from a "
                "callback running on that loop); this would deadlock. Use the genauth_async client there."
            )

    def _warn_running_loop(self) -> None:
        """Once per client: this thread's event loop is running and the call is about to block it."""
        if self._warned_running_loop:
            return
        self._warned_running_loop = True
        # Point the warning at the caller's line, outside this package (one frame walk, once).
        level, frame = 1, sys._getframe(0)
        while frame is not None and frame.f_globals.get("__name__", "").startswith("genauth_sync"):
            frame, level = frame.f_back, level + 1  # type: ignore[assignment]
        warnings.warn(
            f"a genauth_sync {type(self).__name__} was called from a thread whose asyncio event loop is "
            "running: the call blocks that loop until it returns, and hangs until its timeout if that "
            "loop serves the API. Await the genauth_async client there instead, or run the sync call "
            "in a worker thread (await asyncio.to_thread(...))",
            RuntimeWarning,
            stacklevel=level,
        )

    def _run(self, fn: Callable[[_C], Awaitable[_T]]) -> _T:
        """Run ``await fn(async_client)`` on the portal and return its result (or raise its error)."""
        state = self._holder.state
        if state is None or state.pid != _pid:
            state = self._state()
        if threading.get_ident() == state.thread_id:
            self._check_thread(state)
        if _get_running_loop() is not None:
            self._warn_running_loop()
        return _run_on(state, fn)

    def _run_method(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        """``_run`` of the async client's method ``name``: what every generated endpoint does.

        Naming the method instead of wrapping the call in a lambda keeps ~700 closures (a code
        object and a cell per argument each) out of the generated facade's memory.
        """
        return self._run(lambda c: getattr(c, name)(*args, **kwargs))

    def _iter_method(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Iterator[Any]:
        """``_iter`` of the async client's iterator method ``name`` (the generated ``iter_*``)."""
        return self._iter(lambda c: getattr(c, name)(*args, **kwargs))

    def _run_sync(self, fn: Callable[[_C], _T]) -> _T:
        """Run a plain function of the async client on the portal's loop thread."""
        state = self._state()
        self._check_thread(state)
        if _get_running_loop() is not None:
            self._warn_running_loop()
        return _run_sync_on(state, fn)

    def _direct(self, fn: Callable[[_C], _T]) -> _T:
        """Call a pure method of the async client (it sends nothing) in this thread.

        No portal hop and no loop thread start: the running portal's client when there is one,
        else a detached client made here (and adopted by the portal when it starts).
        """
        state = self._holder.state
        if state is not None and state.pid == _pid:
            return fn(state.client)
        return fn(self._detached_client())

    def _detached_client(self) -> _C:
        pid = os.getpid()
        with self._lock:
            state = self._holder.state
            if state is not None and state.pid == pid:
                client: _C = state.client
                return client
            if self._closed:
                raise RuntimeError("this client has been closed")
            detached = self._holder.detached
            if detached is None or detached[0] != pid:  # none yet, or inherited through fork()
                detached = (pid, self._make_client())
                self._holder.detached = detached
            client = detached[1]
            return client

    def _iter(self, fn: Callable[[_C], AsyncIterator[_T]]) -> Iterator[_T]:
        """A plain iterator over an async iterator that lives on the portal (one portal call per item)."""
        state = self._state()
        self._check_thread(state)
        if _get_running_loop() is not None:
            self._warn_running_loop()
        return _PortalIterator(state, _run_sync_on(state, fn))


_DONE: Any = object()


class _PortalIterator(Iterator[_T]):
    __slots__ = ("_ait", "_state")

    def __init__(self, state: _State, ait: AsyncIterator[_T]) -> None:
        self._state: _State | None = state
        self._ait = ait

    def __iter__(self) -> _PortalIterator[_T]:
        return self

    def __next__(self) -> _T:
        state = self._state
        if state is None:
            raise StopIteration
        SyncClient._check_thread(state)
        ait = self._ait

        async def step(_: Any) -> Any:
            try:
                return await ait.__anext__()
            except StopAsyncIteration:
                return _DONE

        item = _run_on(state, step)
        if item is _DONE:
            self._state = None
            raise StopIteration
        result: _T = item
        return result

    def close(self) -> None:
        """Stop early: closes the async iterator (and its pending page) on the portal."""
        state, self._state = self._state, None
        aclose = getattr(self._ait, "aclose", None)
        if (
            state is not None
            and aclose is not None
            and state.pid == os.getpid()
            and threading.get_ident() != state.thread_id
        ):
            try:
                state.portal.call(aclose)
            except RuntimeError:
                pass

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - best effort during garbage collection
            pass
