"""Bulk provisioning from sync code: the async engine of :mod:`genauth_async.bulk`, run on the sync
client's own event-loop thread.

Nothing is re-implemented here: the same workers, lookups and shared 429 pause run on the portal,
and results come back one at a time through a plain iterator, so memory stays flat as in the async
form. ``specs`` is consumed and ``on_progress`` is called on the client's loop thread: keep both
quick and non-blocking (a generator reading a file is fine; a slow callback slows every worker).
"""

from __future__ import annotations

import threading
from collections.abc import Container, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from genauth_async import bulk as _bulk
from genauth_async.bulk import (
    APPLICATIONS,
    USERS,
    ProgressCallback,
    ProvisionAborted,
    ProvisionResult,
    ProvisionSummary,
    ResourceKind,
)

if TYPE_CHECKING:
    from genauth_sync import ManagementClient

__all__ = [
    "APPLICATIONS",
    "USERS",
    "ProvisionAborted",
    "ProvisionResult",
    "ProvisionSummary",
    "ResourceKind",
    "provision",
    "provision_applications",
    "provision_users",
]


def provision(
    client: ManagementClient,
    kind: ResourceKind,
    items: Iterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    backoff: float = 0.2,
    max_backoff: float = 5.0,
    stop: threading.Event | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> Iterator[ProvisionResult]:
    """Create every item; yield one result per item in completion order (see the async form).

    ``stop`` is a ``threading.Event``: set it from any thread (a signal handler, another worker)
    to end the run gracefully, as the async form's ``stop`` does. A run stopped early for refused
    credentials or connections raises :class:`ProvisionAborted` after its last result.
    """
    return client._iter(
        lambda c: _bulk.provision(
            c,
            kind,
            items,
            concurrency=concurrency,
            on_progress=on_progress,
            summary=summary,
            max_attempts=max_attempts,
            backoff=backoff,
            max_backoff=max_backoff,
            stop=stop,
            unsure_keys=unsure_keys,
            max_unreachable=max_unreachable,
            unreachable_grace=unreachable_grace,
        )
    )


def provision_applications(
    client: ManagementClient,
    specs: Iterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    stop: threading.Event | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> Iterator[ProvisionResult]:
    """Create applications from ``create_application`` field mappings (Python or wire names) (see :func:`provision` for the options)."""
    return provision(client, APPLICATIONS, specs, concurrency=concurrency, on_progress=on_progress, summary=summary,
                     max_attempts=max_attempts, stop=stop, unsure_keys=unsure_keys,
                     max_unreachable=max_unreachable, unreachable_grace=unreachable_grace)


def provision_users(
    client: ManagementClient,
    specs: Iterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
    stop: threading.Event | None = None,
    unsure_keys: Container[str] = (),
    max_unreachable: int = 10,
    unreachable_grace: float = 5.0,
) -> Iterator[ProvisionResult]:
    """Create users from ``create_user`` field mappings (Python or wire names) (see :func:`provision` for the options)."""
    return provision(client, USERS, specs, concurrency=concurrency, on_progress=on_progress, summary=summary,
                     max_attempts=max_attempts, stop=stop, unsure_keys=unsure_keys,
                     max_unreachable=max_unreachable, unreachable_grace=unreachable_grace)
