"""Bulk provisioning from sync code: the async engine of :mod:`genauth_async.bulk`, run on the sync
client's own event-loop thread.

Nothing is re-implemented here: the same workers, lookups and shared 429 pause run on the portal,
and results come back one at a time through a plain iterator, so memory stays flat as in the async
form. ``specs`` is consumed and ``on_progress`` is called on the client's loop thread: keep both
quick and non-blocking (a generator reading a file is fine; a slow callback slows every worker).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from genauth_async import bulk as _bulk
from genauth_async.bulk import (
    APPLICATIONS,
    USERS,
    ProgressCallback,
    ProvisionResult,
    ProvisionSummary,
    ResourceKind,
)

if TYPE_CHECKING:
    from genauth_sync import ManagementClient

__all__ = [
    "APPLICATIONS",
    "USERS",
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
) -> Iterator[ProvisionResult]:
    """Create every item; yield one result per item in completion order (see the async form)."""
    return client._iter(
        lambda c: _bulk.provision(
            c,
            kind,
            items,
            concurrency=concurrency,
            on_progress=on_progress,
            summary=summary,
            max_attempts=max_attempts,
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
) -> Iterator[ProvisionResult]:
    """Create applications from ``create_application`` field mappings (Python or wire names)."""
    return provision(client, APPLICATIONS, specs, concurrency=concurrency, on_progress=on_progress,
                     summary=summary, max_attempts=max_attempts)


def provision_users(
    client: ManagementClient,
    specs: Iterable[Any],
    *,
    concurrency: int = 32,
    on_progress: ProgressCallback | None = None,
    summary: ProvisionSummary | None = None,
    max_attempts: int = 6,
) -> Iterator[ProvisionResult]:
    """Create users from ``create_user`` field mappings (Python or wire names)."""
    return provision(client, USERS, specs, concurrency=concurrency, on_progress=on_progress,
                     summary=summary, max_attempts=max_attempts)
