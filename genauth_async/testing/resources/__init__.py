"""Hand-written stateful endpoints, one module per resource family, and the helpers they share.

:func:`genauth_async.testing.resources.registry.register_all` puts them all on a router (a module
of its own: this package is what every family imports, so it imports none of them).
"""

from __future__ import annotations

from typing import Any


def page_of(items: list[Any], page: int, limit: int) -> dict[str, Any]:
    """The ``{list, totalCount}`` shape every paginated endpoint answers."""
    start = (page - 1) * limit
    return {"list": items[start : start + limit], "totalCount": len(items)}


def contains(keywords: str | None, *values: Any) -> bool:
    if not keywords:
        return True
    needle = keywords.lower()
    return any(isinstance(v, str) and needle in v.lower() for v in values)
