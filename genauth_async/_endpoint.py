"""Descriptors shared by generated endpoint code and the hand-written transport.

Generated modules describe each endpoint once, as data, and hand the descriptor plus the
caller's argument values to ``BaseClient._call``. Keeping the descriptor free of behaviour is
what lets one transport serve ~500 endpoints without per-endpoint code paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

Location = Literal["query", "json", "form", "path"]


@attrs.frozen(slots=True)
class Param:
    """One argument of an endpoint method and where its value travels on the wire."""

    name: str
    wire: str
    location: Location
    required: bool = False
    kind: str = "any"  # str | int | float | bool | list | dict | any: checked before sending
    items: str = "any"  # for kind "list": the kind every item must have (the spec's item type)
    #: For an enum parameter, the values the spec knows. Not enforced by the client (a newer server
    #: may accept more); the bulk input checks use it, where an unknown value is a typo.
    choices: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Endpoint:
    """An HTTP endpoint as the generator saw it in the spec.

    ``envelope`` is False for protocol endpoints (``/oidc/*``, ``/oauth/*``, ``/cas-idp/*``) whose
    answers are raw protocol JSON or text rather than ``{statusCode, message, data}``.
    ``idempotent`` decides whether a failure after the request was sent may be retried.
    """

    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    envelope: bool = True
    idempotent: bool = False
    basic_auth: bool = False
    #: The envelope key holding the answer: ``data`` but for list-model, which answers ``list``.
    data_key: str = "data"


@attrs.frozen(slots=True)
class RequestOptions:
    """Per-call overrides; every generated endpoint method accepts these as keyword arguments.

    ``retry_on_post`` overrides the client's ``retry_on_post`` for one call: ``True`` lets a
    non-idempotent call (a POST) be re-sent after a failure the server may have acted on (read
    timeout, connection dropped mid-answer, 5xx); ``False`` forbids it even on a client created
    with ``retry_on_post=True``; ``None`` keeps the client's setting. Idempotent calls (GET, PUT,
    DELETE) are retried either way.
    """

    timeout: float | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    retry_on_post: bool | None = None

    @classmethod
    def build(
        cls,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> RequestOptions | None:
        """Return None when nothing is overridden, so the hot path can skip option merging."""
        if (
            timeout is None
            and max_retries is None
            and not extra_headers
            and not extra_query
            and not extra_body
            and retry_on_post is None
        ):
            return None
        return cls(timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post)
