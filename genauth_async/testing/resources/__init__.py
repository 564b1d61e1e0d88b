"""Hand-written stateful endpoints, one module per resource family."""

from __future__ import annotations

from typing import Any

from genauth_async.testing.routing import Router


def register_all(router: Router) -> None:
    from genauth_async.testing import events
    from genauth_async.testing.resources import (
        applications,
        auth,
        cas,
        extidp,
        groups,
        oidc,
        orgs,
        roles,
        users,
    )

    for module in (applications, users, roles, groups, orgs, extidp, auth, oidc, cas):
        module.register(router)
    events.register(router)  # after the spec-driven routes it overrides (pub-event, pub-userEvent)


def page_of(items: list[Any], page: int, limit: int) -> dict[str, Any]:
    """The ``{list, totalCount}`` shape every paginated endpoint answers."""
    start = (page - 1) * limit
    return {"list": items[start : start + limit], "totalCount": len(items)}


def contains(keywords: str | None, *values: Any) -> bool:
    if not keywords:
        return True
    needle = keywords.lower()
    return any(isinstance(v, str) and needle in v.lower() for v in values)
