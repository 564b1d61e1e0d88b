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
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs

from .errors import APIError, GenAuthError, RateLimitError, ServerError, TransportError, ValidationError

if TYPE_CHECKING:
    from ._generated.clients import ManagementClient

Status = Literal["created", "existed", "failed"]

__all__ = [
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
    attempts: int = 0
    retries: int = 0
    lookups: int = 0
    throttled: int = 0
    started: float = attrs.field(factory=time.perf_counter)
    finished: float | None = None

    def add(self, result: ProvisionResult) -> None:
        self.total += 1
        if result.status == "created":
            self.created += 1
        elif result.status == "existed":
            self.existed += 1
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

    def __init__(self) -> None:
        self._until = 0.0

    def pause(self, seconds: float) -> None:
        self._until = max(self._until, time.monotonic() + max(0.0, seconds))

    async def wait(self) -> None:
        while True:
            delay = self._until - time.monotonic()
            if delay <= 0:
                return
            await asyncio.sleep(delay)


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


def _arguments_of(endpoint_name: str) -> tuple[dict[str, str], frozenset[str]]:
    """Map both official Python names and wire names to Python names, from the spec."""
    from ._spec import load_spec

    for endpoint in load_spec()["endpoints"]:
        if endpoint["client"] == "management" and endpoint["name"] == endpoint_name:
            names: dict[str, str] = {}
            required = set()
            for param in endpoint["params"]:
                names[param["name"]] = param["name"]
                names[param["wire"]] = param["name"]
                if param.get("required"):
                    required.add(param["name"])
            return names, frozenset(required)
    raise LookupError(f"endpoint {endpoint_name!r} is not in the spec")


def _normalise(item: Any, names: Mapping[str, str], required: frozenset[str], what: str) -> dict[str, Any]:
    if attrs.has(type(item)):
        from ._converter import to_wire

        item = to_wire(item)
    if not isinstance(item, Mapping):
        raise ValidationError(f"each {what} must be a mapping of fields, got {type(item).__name__}")
    kwargs: dict[str, Any] = {}
    for field, value in item.items():
        name = names.get(field)
        if name is None:
            raise ValidationError(f"unknown {what} field {field!r}", param=str(field))
        if value is not None:
            kwargs[name] = value
    for name in sorted(required):
        if kwargs.get(name) in (None, ""):
            raise ValidationError(f"missing required {what} field {name!r}", param=name)
    return kwargs


class _Applications:
    """Applications, keyed by ``appIdentifier`` (their subdomain, unique in a user pool)."""

    name = "applications"

    def __init__(self) -> None:
        self._names: tuple[dict[str, str], frozenset[str]] | None = None

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        if self._names is None:
            self._names = _arguments_of("create_application")
        names, required = self._names
        kwargs = _normalise(item, names, required, "application")
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


class _Users:
    """Users, keyed by the first of email, username and phone that the item has."""

    name = "users"
    _KEYS = (("email", "email"), ("username", "username"), ("phone", "phone"))

    def __init__(self) -> None:
        self._names: tuple[dict[str, str], frozenset[str]] | None = None

    def prepare(self, item: Any) -> tuple[dict[str, Any], str | None]:
        if self._names is None:
            self._names = _arguments_of("create_user")
        names, required = self._names
        kwargs = _normalise(item, names, required, "user")
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


class _Worker:
    """The retry loop for one item; shares the throttle and counters of its run."""

    def __init__(
        self,
        client: ManagementClient,
        kind: ResourceKind,
        throttle: SharedThrottle,
        summary: ProvisionSummary,
        max_attempts: int,
        backoff: float,
        max_backoff: float,
    ) -> None:
        self.client = client
        self.kind = kind
        self.throttle = throttle
        self.summary = summary
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_throttled = 50  # a server that only ever answers 429 must not trap a worker forever

    async def run(self, index: int, item: Any) -> ProvisionResult:
        """Provision one item; never raises for what the server or the network does.

        The states: an item is *unsure* while an attempt of ours may have created it unheard
        (lost answer, 5xx, or a lookup that itself failed); it is *in conflict* once the server
        refused it as a duplicate. Either way it is looked up before anything else happens and it
        is never sent again until a lookup has succeeded and found nothing; a conflict is never
        sent again at all. A lookup that fails counts as a failed attempt, like a failed create.
        """
        try:
            kwargs, key = self.kind.prepare(item)
        except ValidationError as error:
            return ProvisionResult(index, None, "failed", error=error, source=item)
        attempts = 0  # create requests sent for this item
        failures = 0  # failed creates and lookups, counted against max_attempts (429s on create are not)
        throttled = 0
        ours_maybe = False  # some attempt of ours may have created it: a find means "created" by us
        unsure = False  # it may exist now: look it up before sending again
        conflict: APIError | None = None  # the server refused a create as a duplicate
        last_error: BaseException | None = None
        while True:
            await self.throttle.wait()
            if unsure or conflict is not None:
                try:
                    found = await self._lookup(kwargs, key)
                except GenAuthError as error:
                    last_error = error
                    if isinstance(error, RateLimitError):
                        self.throttle.pause(error.retry_after if error.retry_after is not None
                                            else self._delay(failures + 1))
                    failures += 1
                    if failures >= self.max_attempts:
                        break
                    await asyncio.sleep(self._delay(failures))
                    continue  # still unsure (or in conflict): look up again, do not send
                if found is not None:
                    if conflict is not None and not ours_maybe:
                        return ProvisionResult(index, key, "existed", found, None, attempts, False, item)
                    return ProvisionResult(index, key, "created", found, None, attempts, True, item)
                if conflict is not None:
                    # Nothing under this key: the clash is on another unique field (a username
                    # taken by another user whose email differs). That is this item's failure.
                    return ProvisionResult(index, key, "failed", None, conflict, attempts, False, item)
                unsure = False  # confirmed absent: safe to send
            if failures >= self.max_attempts:
                break
            if attempts:
                self.summary.retries += 1
            attempts += 1
            try:
                new_id = await self.kind.create(self.client, kwargs)
                return ProvisionResult(index, key, "created", new_id, None, attempts, False, item)
            except RateLimitError as error:
                # The server refused without acting: wait with everyone else, then try again.
                last_error = error
                throttled += 1
                self.summary.throttled += 1
                delay = error.retry_after if error.retry_after is not None else self._delay(throttled)
                self.throttle.pause(delay)
                if throttled >= self.max_throttled:
                    break
                continue
            except APIError as error:
                if self.kind.is_duplicate(error):
                    conflict = error  # find out whose it is, on the next turn
                    continue
                if not isinstance(error, ServerError):
                    return ProvisionResult(index, key, "failed", None, error, attempts, False, item)
                last_error = error
                ours_maybe = unsure = True
            except TransportError as error:
                last_error = error
                if error.request_sent:
                    ours_maybe = unsure = True
            except GenAuthError as error:
                return ProvisionResult(index, key, "failed", None, error, attempts, False, item)
            failures += 1
            if failures >= self.max_attempts and not unsure:
                break  # out of attempts, and nothing to look up
            # Out of attempts but unsure: one last lookup on the next turn may still find it.
            await asyncio.sleep(self._delay(failures))
        return ProvisionResult(index, key, "failed", None, last_error, attempts, False, item)

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
) -> AsyncIterator[ProvisionResult]:
    """Create every item of ``items``; yield one result per item, in completion order.

    ``concurrency`` bounds the requests in flight; the input is consumed only as fast as workers
    free up, so a generator of 100,000 specs never sits in memory. Pass ``summary`` to read the
    totals afterwards (or watch them from ``on_progress``).
    """
    if concurrency < 1:
        raise ValidationError("concurrency must be at least 1", param="concurrency")
    totals = summary if summary is not None else ProvisionSummary()
    worker = _Worker(client, kind, SharedThrottle(), totals, max_attempts, backoff, max_backoff)
    source = _enumerate(items)
    results: asyncio.Queue[ProvisionResult | None] = asyncio.Queue(maxsize=concurrency * 2)
    lock = asyncio.Lock()

    async def pull() -> tuple[int, Any] | None:
        async with lock:
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
    finally:
        totals.finished = time.perf_counter()
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
) -> AsyncIterator[ProvisionResult]:
    """Create applications from ``create_application`` field mappings (Python or wire names)."""
    return provision(
        client,
        APPLICATIONS,
        specs,
        concurrency=concurrency,
        on_progress=on_progress,
        summary=summary,
        max_attempts=max_attempts,
    )


def provision_users(
    client: ManagementClient,
    specs: Iterable[Any] | AsyncIterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
) -> AsyncIterator[ProvisionResult]:
    """Create users from ``create_user`` field mappings (Python or wire names)."""
    return provision(
        client,
        USERS,
        specs,
        concurrency=concurrency,
        on_progress=on_progress,
        summary=summary,
        max_attempts=max_attempts,
    )
