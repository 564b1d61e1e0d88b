"""Bulk provisioning: many creates, bounded concurrency, nothing lost and nothing created twice.

Why this is more than ``asyncio.gather`` over ``create_application``:

* a create whose answer was lost (timeout after sending, dropped connection, 5xx) may still have
  happened on the server, so before sending it again the item is looked up by its natural key
  (``appIdentifier``; email, username or phone for users) — re-sending blindly is how duplicates
  are made. A duplicate answer (409) is looked up too: found, the item "existed"; not found, the
  clash is on another unique field (a taken username) and the item fails with that conflict. A
  lookup that fails counts as a failed attempt and is repeated; the item is not sent again until a
  lookup has answered, so a failing lookup can cost an item, never duplicate it;
* a 429 pauses *every* worker until its ``Retry-After`` has passed: a rate limit is a property of
  the account, so one worker seeing it means all of them would;
* input is pulled lazily and results are streamed out through a bounded queue, so memory stays flat
  for inputs of any length.

The engine is shared by all resource kinds; a kind only says how to prepare, create and look up an
item (:class:`ResourceKind`).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Container, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs

from ._bulk_fields import Fields
from .errors import (
    APIError,
    AuthenticationError,
    GenAuthError,
    PermissionDeniedError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
    TransportError,
    UpstreamError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._generated.clients import ManagementClient

Status = Literal["created", "existed", "failed", "unknown"]
"""``unknown``: a create may have happened but no lookup could confirm it (the server or network
kept failing, or the run was stopped); a resumed run looks these items up before sending them."""

__all__ = [
    "ProvisionAborted",
    "ProvisionResult",
    "ProvisionSummary",
    "ResourceKind",
    "SharedThrottle",
    "APPLICATIONS",
    "USERS",
    "provision",
    "provision_applications",
    "provision_users",
]


@attrs.frozen(slots=True)
class ProvisionResult:
    """What happened to one input item.

    ``recovered`` marks an item found by lookup after an attempt whose outcome was unknown: the
    create most likely went through on that attempt, so it is counted as created.
    """

    index: int
    key: str | None
    status: Status
    id: str | None = None
    error: BaseException | None = None
    attempts: int = 0
    recovered: bool = False
    source: Any = None

    def to_json(self) -> dict[str, Any]:
        """A report line: JSON-able, and free of secrets (errors carry the server's message only)."""
        out: dict[str, Any] = {
            "index": self.index,
            "key": self.key,
            "status": self.status,
            "id": self.id,
            "attempts": self.attempts,
        }
        if self.recovered:
            out["recovered"] = True
        if self.error is not None:
            out["error"] = _describe_error(self.error)
        return out


def _describe_error(error: BaseException) -> dict[str, Any]:
    info: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, APIError):
        info.update(status_code=error.status_code, api_code=error.api_code, request_id=error.request_id)
    if isinstance(error, ValidationError):
        info["param"] = getattr(error, "param", None)
    return info


@attrs.define(slots=True)
class ProvisionSummary:
    """Running totals, updated as results arrive; handed to progress callbacks."""

    total: int = 0
    created: int = 0
    existed: int = 0
    failed: int = 0
    unknown: int = 0
    attempts: int = 0
    retries: int = 0
    lookups: int = 0
    throttled: int = 0
    started: float = attrs.field(factory=time.perf_counter)
    finished: float | None = None
    interrupted: bool = False  # the run was stopped (``stop`` set) before its input was used up

    def add(self, result: ProvisionResult) -> None:
        self.total += 1
        if result.status == "created":
            self.created += 1
        elif result.status == "existed":
            self.existed += 1
        elif result.status == "unknown":
            self.unknown += 1
        else:
            self.failed += 1
        self.attempts += result.attempts

    @property
    def elapsed(self) -> float:
        end = self.finished if self.finished is not None else time.perf_counter()
        return end - self.started

    @property
    def throughput(self) -> float:
        """Items per second over the whole run."""
        elapsed = self.elapsed
        return self.total / elapsed if elapsed > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "created": self.created,
            "existed": self.existed,
            "failed": self.failed,
            "unknown": self.unknown,
            "attempts": self.attempts,
            "retries": self.retries,
            "lookups": self.lookups,
            "throttled": self.throttled,
            "elapsed_s": round(self.elapsed, 3),
            "items_per_s": round(self.throughput, 1),
        }


class SharedThrottle:
    """One pause shared by every worker of a run.

    A 429 means the account is over its rate, whichever worker saw it; pausing only that worker
    would let the others keep hammering the limit.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> None:
        self._until = 0.0
        self._clock = clock
        self._sleep = sleep

    def pause(self, seconds: float) -> None:
        self._until = max(self._until, self._clock() + max(0.0, seconds))

    async def wait(self, run: _Run | None = None) -> None:
        """Wait out the pause; a stopped run wakes at once (its workers only look items up)."""
        while True:
            delay = self._until - self._clock()
            if delay <= 0 or (run is not None and run.halted):
                return
            if run is None:
                await self._sleep(delay)
            else:
                await run.sleep(delay)


class ProvisionAborted(GenAuthError):
    """The run stopped early, because every remaining item would have failed the same way.

    Raised after the last result of the items that were in flight; ``cause`` is the failure that
    stopped it (the server refusing the credentials, or refusing connections). Items never
    started have no result: run again (``--resume`` on the command line) once it is fixed.
    """

    def __init__(self, message: str, *, cause: BaseException) -> None:
        super().__init__(message)
        self.message = message
        self.cause = cause


class ResourceKind(Protocol):
    """How one kind of resource is prepared, created and found again."""

    name: str

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        """Turn an input item into keyword arguments and its natural key; raise ValidationError."""
        ...

    async def create(self, client: ManagementClient, kwargs: dict[str, Any]) -> str | None:
        """Create it once (no retries of our own) and return its id."""
        ...

    async def lookup(self, client: ManagementClient, kwargs: dict[str, Any], key: str | None) -> str | None:
        """Return the id of an existing resource with this key, or None."""
        ...

    def is_duplicate(self, error: APIError) -> bool:
        """Whether the server refused the create because the key is taken."""
        ...


class _FromSpec:
    """A kind whose items are the keyword arguments of one create endpoint, read from the spec on first use."""

    create_endpoint = ("", "")  # (generated area, endpoint name)

    def __init__(self) -> None:
        self._fields: Fields | None = None

    @property
    def fields(self) -> Fields:
        if self._fields is None:
            self._fields = Fields.of(*self.create_endpoint)
        return self._fields


class _Applications(_FromSpec):
    """Applications, keyed by ``appIdentifier`` (their subdomain, unique in a user pool)."""

    name = "applications"
    create_endpoint = ("applications", "create_application")

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        kwargs = self.fields.normalise(item, "application")
        identifier = kwargs.get("app_identifier")
        if not kwargs.get("template") and not identifier:
            raise ValidationError("a self-built application needs 'appIdentifier'", param="app_identifier")
        return kwargs, identifier

    async def create(self, client: ManagementClient, kwargs: dict[str, Any]) -> str | None:
        data = await client.create_application(**kwargs, max_retries=0)
        return _id_of(data, "app_id", "appId")

    async def lookup(self, client: ManagementClient, kwargs: dict[str, Any], key: str | None) -> str | None:
        if not key:
            return None
        page = 1
        while True:
            data = await client.list_applications(page=page, limit=50, keywords=key)
            items = list(_field(data, "list", "list") or [])
            for app in items:
                if _field(app, "app_identifier", "appIdentifier") == key:
                    return _id_of(app, "app_id", "appId")
            total = _field(data, "total_count", "totalCount") or 0
            if not items or page * 50 >= total:
                return None
            page += 1

    def is_duplicate(self, error: APIError) -> bool:
        return error.api_code == 2039 or error.status_code == 409


class _Users(_FromSpec):
    """Users, keyed by the first of email, username and phone that the item has."""

    name = "users"
    create_endpoint = ("users", "create_user")
    _KEYS = (("email", "email"), ("username", "username"), ("phone", "phone"))

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        kwargs = self.fields.normalise(item, "user")
        for field, _ in self._KEYS:
            if kwargs.get(field):
                return kwargs, str(kwargs[field])
        raise ValidationError("a user needs an email, a username or a phone", param="email")

    async def create(self, client: ManagementClient, kwargs: dict[str, Any]) -> str | None:
        data = await client.create_user(**kwargs, max_retries=0)
        return _id_of(data, "user_id", "userId")

    async def lookup(self, client: ManagementClient, kwargs: dict[str, Any], key: str | None) -> str | None:
        from .errors import NotFoundError

        for field, id_type in self._KEYS:
            value = kwargs.get(field)
            if not value:
                continue
            try:
                data = await client.get_user(user_id=str(value), user_id_type=id_type)
            except NotFoundError:
                return None
            return _id_of(data, "user_id", "userId")
        return None

    def is_duplicate(self, error: APIError) -> bool:
        return error.status_code == 409


def _field(obj: Any, attr: str, wire: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(wire, obj.get(attr))
    return getattr(obj, attr, None)


def _id_of(obj: Any, attr: str, wire: str) -> str | None:
    value = _field(obj, attr, wire)
    return None if value is None else str(value)


APPLICATIONS: ResourceKind = _Applications()
USERS: ResourceKind = _Users()

ProgressCallback = Callable[[ProvisionResult, ProvisionSummary], Any]
StopSignal = asyncio.Event | threading.Event


class _Run:
    """What every worker of one run shares besides the throttle: the stop, the abort, the breaker.

    The breaker stops a run whose host refuses connections: ``max_unreachable`` refusals in a row
    (no answer of any kind in between) that span at least ``unreachable_grace`` seconds. Both
    bounds, because 32 workers see a one-second blip as 32 refusals at once.
    """

    def __init__(self, stop: StopSignal | None, max_unreachable: int, unreachable_grace: float) -> None:
        self.halt = asyncio.Event()
        self.abort: ProvisionAborted | None = None
        self.max_unreachable = max_unreachable
        self.unreachable_grace = unreachable_grace
        self._unreachable = 0
        self._unreachable_since = 0.0
        self._clock = asyncio.get_running_loop().time
        self._watch: asyncio.Task[None] | None = None
        if stop is not None:
            self._watch = asyncio.create_task(self._follow(stop))

    async def _follow(self, stop: StopSignal) -> None:
        if isinstance(stop, asyncio.Event):
            await stop.wait()
        else:
            # A threading.Event set from another thread: look at it a few times a second. A thread
            # blocked in stop.wait() could not be cancelled and would hold the loop's shutdown.
            while not stop.is_set():  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        self.halt.set()

    @property
    def halted(self) -> bool:
        return self.halt.is_set()

    def fail(self, reason: str, cause: BaseException) -> None:
        """Stop the run for a reason every remaining item would hit too; the first reason wins."""
        if self.abort is None:
            self.abort = ProvisionAborted(reason, cause=cause)
        self.halt.set()

    def reached(self) -> None:
        self._unreachable = 0

    def refused(self, error: TransportError) -> None:
        now = self._clock()
        if self._unreachable == 0:
            self._unreachable_since = now
        self._unreachable += 1
        if self._unreachable >= self.max_unreachable and now - self._unreachable_since >= self.unreachable_grace:
            self.fail(f"the server refused {self._unreachable} connections in a row "
                      f"over {now - self._unreachable_since:.1f} s: {error}", error)

    async def sleep(self, seconds: float) -> None:
        """Sleep, but wake at once when the run is stopped."""
        if seconds <= 0 or self.halted:
            return
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.halt.wait(), seconds)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()


def _fatal(error: BaseException) -> bool:
    """Failures that every other item would meet too: stop the run instead of failing 1,000 times."""
    return isinstance(error, (AuthenticationError, PermissionDeniedError))


def _may_have_acted(error: APIError) -> bool:
    """A 5xx, a gateway's answer or a failed upstream: the create may have happened before it."""
    return isinstance(error, (ServerError, UpstreamError)) or (error.http_status or 0) >= 500


class _Worker:
    """The retry loop for one item; shares the throttle, counters and run state of its run."""

    def __init__(
        self,
        client: ManagementClient,
        kind: ResourceKind,
        throttle: SharedThrottle,
        summary: ProvisionSummary,
        run: _Run,
        max_attempts: int,
        backoff: float,
        max_backoff: float,
        unsure_keys: Container[str],
    ) -> None:
        self.client = client
        self.kind = kind
        self.throttle = throttle
        self.summary = summary
        self.run_state = run
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.unsure_keys = unsure_keys
        self.max_throttled = 50  # a server that only ever answers 429 must not trap a worker forever

    async def run(self, index: int, item: Any) -> ProvisionResult:
        """Provision one item; never raises for what the server or the network does.

        The states: an item is *unsure* while an attempt of ours may have created it unheard
        (lost answer, 5xx, a gateway's error page, an answer that is not the API's, or a lookup
        that itself failed); it is *in conflict* once the server refused it as a duplicate.
        Either way it is looked up before anything else happens and it is never sent again until
        a lookup has succeeded and found nothing; a conflict is never sent again at all. A lookup
        that fails counts as a failed attempt, like a failed create. An item still unsure or in
        conflict when its attempts run out, or when the run stops, ends ``unknown``, never
        ``failed``: it may exist.
        """
        run = self.run_state
        try:
            kwargs, key = self.kind.prepare(item)
        except ValidationError as error:
            return ProvisionResult(index, None, "failed", error=error, source=item)
        attempts = 0  # create requests sent for this item
        failures = 0  # failed creates and lookups, counted against max_attempts (429s on create are not)
        throttled = 0
        # An earlier run may have sent this item without hearing back: look it up first.
        unsure = ours_maybe = key is not None and key in self.unsure_keys
        conflict: APIError | None = None  # the server refused a create as a duplicate
        last_error: BaseException | None = None
        while True:
            await self.throttle.wait(run)
            if unsure or conflict is not None:
                try:
                    found = await self._lookup(kwargs, key)
                except GenAuthError as error:
                    last_error = error
                    if _fatal(error):
                        run.fail(f"the server refused our credentials: {error}", error)
                        break
                    if isinstance(error, TransportError) and not error.request_sent:
                        run.refused(error)
                    elif isinstance(error, APIError):
                        run.reached()
                    if isinstance(error, RateLimitError):
                        self.throttle.pause(error.retry_after if error.retry_after is not None
                                            else self._delay(failures + 1))
                    failures += 1
                    if failures >= self.max_attempts or run.halted:
                        break
                    await run.sleep(self._delay(failures))
                    continue  # still unsure (or in conflict): look up again, do not send
                run.reached()
                if found is not None:
                    if conflict is not None and not ours_maybe:
                        return ProvisionResult(index, key, "existed", found, None, attempts, False, item)
                    return ProvisionResult(index, key, "created", found, None, attempts, ours_maybe, item)
                if conflict is not None:
                    # Nothing under this key: the clash is on another unique field (a username
                    # taken by another user whose email differs). That is this item's failure.
                    return ProvisionResult(index, key, "failed", None, conflict, attempts, False, item)
                unsure = False  # confirmed absent: safe to send
            if failures >= self.max_attempts or run.halted:
                break
            if attempts:
                self.summary.retries += 1
            attempts += 1
            try:
                new_id = await self.kind.create(self.client, kwargs)
                run.reached()
                return ProvisionResult(index, key, "created", new_id, None, attempts, False, item)
            except RateLimitError as error:
                # The server refused without acting: wait with everyone else, then try again.
                run.reached()
                last_error = error
                throttled += 1
                self.summary.throttled += 1
                delay = error.retry_after if error.retry_after is not None else self._delay(throttled)
                self.throttle.pause(delay)
                if throttled >= self.max_throttled:
                    break
                continue
            except APIError as error:
                run.reached()
                if _fatal(error):
                    last_error = error
                    run.fail(f"the server refused our credentials: {error}", error)
                    break
                if self.kind.is_duplicate(error):
                    conflict = error  # find out whose it is, on the next turn
                    continue
                if not _may_have_acted(error):
                    return ProvisionResult(index, key, "failed", None, error, attempts, False, item)
                last_error = error
                ours_maybe = unsure = True
            except TransportError as error:
                last_error = error
                if error.request_sent:
                    ours_maybe = unsure = True
                else:
                    run.refused(error)
            except ResponseFormatError as error:
                # A proxy's HTML page, an empty or cut answer: the server may have acted behind it.
                last_error = error
                ours_maybe = unsure = True
            except GenAuthError as error:
                return ProvisionResult(index, key, "failed", None, error, attempts, False, item)
            failures += 1
            if failures >= self.max_attempts and not unsure:
                break  # out of attempts, and nothing to look up
            # Out of attempts (or stopped) but unsure: one last lookup on the next turn may find it.
            await run.sleep(self._delay(failures))
        status: Status = "unknown" if unsure or conflict is not None else "failed"
        return ProvisionResult(index, key, status, None, last_error, attempts, False, item)

    async def _lookup(self, kwargs: dict[str, Any], key: str | None) -> str | None:
        self.summary.lookups += 1
        return await self.kind.lookup(self.client, kwargs, key)

    def _delay(self, attempt: int) -> float:
        """Full jitter: spreads the retries of many workers that failed together."""
        return random.uniform(0, min(self.max_backoff, self.backoff * (2 ** (attempt - 1))))


async def provision(
    client: ManagementClient,
    kind: ResourceKind,
    items: Iterable[Any] | AsyncIterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    backoff: float = 0.2,
    max_backoff: float = 5.0,
    stop: StopSignal | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> AsyncIterator[ProvisionResult]:
    """Create every item of ``items``; yield one result per item, in completion order.

    ``concurrency`` bounds the requests in flight; the input is consumed only as fast as workers
    free up, so a generator of 100,000 specs never sits in memory. Pass ``summary`` to read the
    totals afterwards (or watch them from ``on_progress``).

    ``max_attempts`` is each item's budget of failed creates and lookups. Setting ``stop`` (an
    ``asyncio.Event``, or a ``threading.Event`` set from another thread) ends the run gracefully:
    no new item is started, items in flight finish their current request and, if its answer was
    lost, one lookup; each still gets its result. ``unsure_keys`` are keys an earlier run may have
    created without hearing back (its ``unknown`` results): they are looked up before any create.

    The run stops early and raises :class:`ProvisionAborted` after the last result when going on
    could only fail the same way: the server refused the credentials (401/403), or it refused
    ``max_unreachable`` connections in a row over at least ``unreachable_grace`` seconds.
    """
    if concurrency < 1:
        raise ValidationError("concurrency must be at least 1", param="concurrency")
    if max_attempts < 1:
        raise ValidationError("max_attempts must be at least 1", param="max_attempts")
    if max_unreachable < 1:
        raise ValidationError("max_unreachable must be at least 1", param="max_unreachable")
    totals = summary if summary is not None else ProvisionSummary()
    run = _Run(stop, max_unreachable, unreachable_grace)
    worker = _Worker(client, kind, SharedThrottle(), totals, run, max_attempts, backoff, max_backoff,
                     unsure_keys)
    source = _enumerate(items)
    results: asyncio.Queue[ProvisionResult | None] = asyncio.Queue(maxsize=concurrency * 2)
    lock = asyncio.Lock()

    async def pull() -> tuple[int, Any] | None:
        async with lock:
            if run.halted:
                return None
            try:
                return await source.__anext__()
            except StopAsyncIteration:
                return None

    async def work() -> None:
        while (nxt := await pull()) is not None:
            await results.put(await worker.run(*nxt))

    async def supervise(tasks: list[asyncio.Task[None]]) -> None:
        try:
            await asyncio.gather(*tasks)
        finally:
            await results.put(None)

    tasks = [asyncio.create_task(work()) for _ in range(concurrency)]
    supervisor = asyncio.create_task(supervise(tasks))
    try:
        while (result := await results.get()) is not None:
            totals.add(result)
            if on_progress is not None:
                on_progress(result, totals)
            yield result
        await supervisor  # surfaces an unexpected error raised inside a worker
        totals.interrupted = run.halted and run.abort is None
        if run.abort is not None:
            raise run.abort
    finally:
        totals.finished = time.perf_counter()
        run.close()
        for task in (*tasks, supervisor):
            task.cancel()
        for task in (*tasks, supervisor):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


async def _enumerate(items: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[tuple[int, Any]]:
    index = 0
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield index, item
            index += 1
    else:
        for item in items:
            yield index, item
            index += 1


def provision_applications(
    client: ManagementClient,
    specs: Iterable[Any] | AsyncIterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    stop: StopSignal | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> AsyncIterator[ProvisionResult]:
    """Create applications from ``create_application`` field mappings (Python or wire names) (see :func:`provision` for the options)."""
    return provision(
        client,
        APPLICATIONS,
        specs,
        concurrency=concurrency,
        on_progress=on_progress,
        summary=summary,
        max_attempts=max_attempts,
        stop=stop,
        unsure_keys=unsure_keys,
        max_unreachable=max_unreachable,
        unreachable_grace=unreachable_grace,
    )


def provision_users(
    client: ManagementClient,
    specs: Iterable[Any] | AsyncIterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    stop: StopSignal | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> AsyncIterator[ProvisionResult]:
    """Create users from ``create_user`` field mappings (Python or wire names) (see :func:`provision` for the options)."""
    return provision(
        client,
        USERS,
        specs,
        concurrency=concurrency,
        on_progress=on_progress,
        summary=summary,
        max_attempts=max_attempts,
        stop=stop,
        unsure_keys=unsure_keys,
        max_unreachable=max_unreachable,
        unreachable_grace=unreachable_grace,
    )
