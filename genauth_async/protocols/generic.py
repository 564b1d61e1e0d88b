"""``make_request``: Node's ``makeRequest``, a request to any endpoint of the client's host.

It is ``request()`` (same auth headers, retries, error mapping, per-call options) under the Node
name and the Node argument names (``url``, ``params``, ``data``), with a typed answer: the
envelope's ``data`` as a ``genauth_async.types.JsonValue`` (the shape the caller asked for is
known only to the caller, so it narrows with ``isinstance`` or hands the value to a model of its own).

Where Node's axios call would follow an absolute ``url`` to any host, with the client's
credentials in its headers, only this client's own host is accepted: the credentials must not
leave for a URL that came from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ..errors import ValidationError
from ..types import JsonValue

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .._endpoint import RequestOptions

__all__ = ["make_request"]


#: An absolute URL (scheme://...); anything else is a path on the client's host.
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _path(base_url: str, url: str) -> str:
    """The path (with its query, if any) of ``url`` on the client's host."""
    if not isinstance(url, str) or not url:
        raise ValidationError("url must be a non-empty path such as /api/v3/get-user", param="url")
    if not _ABSOLUTE.match(url):  # a path, whose query may hold a URL (?next=https://...)
        return url if url.startswith("/") else "/" + url
    base = base_url.rstrip("/")
    if url == base or url.startswith(base + "/"):
        return url[len(base):] or "/"
    raise ValidationError("url must be a path on this client's host; the client's credentials are not sent elsewhere",
                          param="url")


async def make_request(
    client: BaseClient,
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None,
    data: object,
    headers: Mapping[str, str] | None,
    envelope: bool,
    options: RequestOptions | None,
) -> JsonValue:
    """Send ``method url`` on ``client`` with the per-call ``options`` applied as for generated
    methods; the answer's ``data`` (or, with ``envelope=False``, the whole parsed answer)."""
    path = _path(client._transport.base_url, url)
    query: list[tuple[str, Any]] = list(params.items() if isinstance(params, Mapping) else params or [])
    body = data
    merged_headers = dict(headers or {})
    timeout = max_retries = idempotent = None
    if options is not None:
        query += list((options.extra_query or {}).items())
        if options.extra_body:
            extra = {k: v for k, v in options.extra_body.items() if v is not None}
            if body is None:
                body = extra
            elif isinstance(body, Mapping):
                body = {**body, **extra}
            else:
                raise ValidationError("extra_body needs data to be a mapping (or None)", param="extra_body")
        merged_headers.update(options.extra_headers or {})
        timeout, max_retries = options.timeout, options.max_retries
        idempotent = True if options.retry_on_post else None  # None: decided by the method, as usual
    answer = await client.request(
        method, path, query=query or None, json=body, headers=merged_headers or None, timeout=timeout,
        max_retries=max_retries, envelope=envelope, idempotent=idempotent,
    )
    return cast("JsonValue", answer)
