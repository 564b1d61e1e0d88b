"""Auto-pagination for list endpoints (``page``/``limit`` style, see the spec's ``pagination``).

Generated ``iter_<name>()`` methods hand :func:`paginate` a ``fetch(page)`` callable that calls the
plain endpoint method for one page. Pages are fetched one at a time, as the consumer advances, so
memory stays bounded by one page whatever the total.

Where the page number travels (the spec's ``style``): a ``page`` argument (query or JSON body),
``options.pagination.page`` (:func:`with_page` with the default key) or ``pagination.page`` of a
top-level ``pagination`` argument (:func:`with_page` with ``key=None``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import attrs

__all__ = ["options_limit", "paginate", "with_page"]

_WIRE_ATTRS: dict[tuple[type, str], str | None] = {}


def wire_get(obj: Any, wire: str) -> Any:
    """Read the field with wire name ``wire`` from an attrs model or a wire-keyed mapping."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(wire)
    cls = type(obj)
    key = (cls, wire)
    try:
        name = _WIRE_ATTRS[key]
    except KeyError:
        name = None
        if attrs.has(cls):
            for f in attrs.fields(cls):
                if f.metadata.get("wire", f.name) == wire:
                    name = f.name
                    break
        _WIRE_ATTRS[key] = name
    return getattr(obj, name) if name is not None else None


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


async def _pages(
    fetch: Callable[[int], Awaitable[Any]],
    items: str,
    total: str | None,
    limit: int | str | None,
) -> AsyncIterator[Any]:
    page = 1
    seen = 0
    size = _count(limit)
    page_size = size if size else None
    while True:
        data = await fetch(page)
        batch = wire_get(data, items)
        if not batch:
            return
        if not isinstance(batch, (list, tuple)):
            # the item list is typed ``any`` for a few endpoints; anything but a JSON array is not a page
            from genauth_async.errors import ResponseFormatError

            raise ResponseFormatError(
                f"paginated answer: {items!r} is a {type(batch).__name__}, not a list", http_status=200
            )
        batch = list(batch)
        for item in batch:
            yield item
        seen += len(batch)
        expected = _count(wire_get(data, total)) if total else None
        if expected is not None and seen >= expected:
            return
        if page_size is None:
            page_size = len(batch)  # the server's default page size
        elif len(batch) < page_size:
            return  # a short page is the last one
        page += 1


def paginate(
    fetch: Callable[[int], Awaitable[Any]],
    items: str = "list",
    total: str | None = "totalCount",
    limit: int | str | None = None,
) -> AsyncIterator[Any]:
    """Async iterator over the items of every page ``fetch(1)``, ``fetch(2)``, ...

    ``items``/``total`` are the wire names of the page's item list and total count. Stops when
    ``total`` items have been yielded, or at an empty page, or at a page shorter than ``limit``
    (or, without ``limit``, shorter than the first page).
    """
    return _pages(fetch, items, total, limit)


def _wire_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    from genauth_async._converter import to_wire

    return dict(to_wire(value))


def with_page(options: Any, page: int, key: str | None = "pagination") -> dict[str, Any]:
    """A wire-keyed copy of an ``options`` argument (model, mapping or None) with ``key.page`` set,
    or, with ``key=None``, with its own ``page`` set (a top-level ``pagination`` argument)."""
    wire = _wire_dict(options)
    if key is None:
        wire["page"] = page
        return wire
    nested_wire = _wire_dict(wire.get(key))
    nested_wire["page"] = page
    wire[key] = nested_wire
    return wire


def options_limit(options: Any, key: str | None = "pagination") -> int | None:
    """The page size requested inside an ``options`` argument (or, with ``key=None``, in the
    argument itself), if any."""
    return _count(wire_get(options if key is None else wire_get(options, key), "limit"))
