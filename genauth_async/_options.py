"""The per-call options, declared once: what every endpoint method and protocol helper accepts.

``CallOptions`` is the one declaration. Generated endpoint methods, their sync twins and the
hand-written helpers (``protocols/mixins.py``) all take ``**call_options: Unpack[CallOptions]``,
so type checkers and IDEs see the same six typed keywords everywhere and a new option is added
here and nowhere else (the generator reads the keys from this class, it keeps no copy).

At run time ``**call_options`` would accept any keyword, so :func:`request_options` refuses a
name that is not an option with the ``TypeError`` Python gives for an unknown keyword argument,
before anything is sent. It is also the single conversion to the transport's
:class:`~genauth_async.RequestOptions`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, TypedDict

from ._endpoint import RequestOptions

if sys.version_info >= (3, 11):
    from typing import Unpack
else:  # PEP 692 ``**kwargs: Unpack[TypedDict]`` on 3.10 (a declared dependency there)
    from typing_extensions import Unpack

__all__ = ["OPTION_NAMES", "CallOptions", "Unpack", "check_call_options", "request_options"]


class CallOptions(TypedDict, total=False):
    """Per-call options, all optional, as keyword arguments of every method that sends a request.

    ``request_timeout`` (seconds, one attempt; named so because an official method already has a
    ``timeout`` parameter) and ``max_retries`` replace the client's settings for this call.
    ``extra_headers`` override computed headers, ``extra_query`` is appended to the query,
    ``extra_body`` fields (None dropped) are added to, and override, the body. ``retry_on_post``:
    ``True`` lets a non-idempotent call be re-sent after a failure the server may have acted on
    (read timeout, dropped connection, 5xx), ``False`` never, ``None`` keeps the client's setting.
    """

    request_timeout: float | None
    max_retries: int | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    retry_on_post: bool | None


#: The option names, in declaration order (what the generator and the error message use).
OPTION_NAMES: tuple[str, ...] = tuple(CallOptions.__annotations__)
_KNOWN = frozenset(OPTION_NAMES)


def check_call_options(call_options: Mapping[str, object]) -> None:
    """``TypeError`` for a keyword that is not a per-call option (a typo would otherwise be
    dropped silently, or reach a method it was not meant for)."""
    if not _KNOWN.issuperset(call_options):
        unknown = sorted(set(call_options) - _KNOWN)
        raise TypeError(
            f"unexpected keyword argument {unknown[0]!r}; the per-call options are {', '.join(OPTION_NAMES)}"
        )


def request_options(call_options: CallOptions) -> RequestOptions | None:
    """The transport's ``RequestOptions`` for one call's keywords; None when nothing is overridden
    (the common case, which costs one truth test)."""
    if not call_options:
        return None
    check_call_options(call_options)
    return RequestOptions.build(
        call_options.get("request_timeout"),
        call_options.get("max_retries"),
        call_options.get("extra_headers"),
        call_options.get("extra_query"),
        call_options.get("extra_body"),
        call_options.get("retry_on_post"),
    )
