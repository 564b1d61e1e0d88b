"""What ``client.with_raw_response.<method>(...)`` returns: the HTTP answer around the typed result.

A successful call normally gives only the envelope's ``data``. Support tickets need the request
id of a call that worked, rate limiting needs headers, debugging needs the body as sent. The retry
loop (``BaseClient._run``) builds one of these only for a ``Request`` flagged ``raw``, from what it
already holds (status, headers, body bytes, the decoded result, attempts and start time), so the
plain call pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _json

__all__ = ["RawResponse", "WithRawResponse", "raw_method_names"]

_T = TypeVar("_T")
_UNREAD: Any = object()


class RawResponse(Generic[_T]):
    """One successful call's HTTP answer (the last attempt's) and its typed result.

    - ``http_status``: the HTTP status code (200 for a success).
    - ``headers``: the answer's headers (case-insensitive mapping).
    - ``content``: the body bytes as received.
    - ``request_id``: the envelope's ``requestId``, else the ``x-request-id`` header, else None.
    - ``elapsed``: seconds from the first attempt to the answer, pauses between retries included.
    - ``retries_taken``: attempts beyond the first (a 401 token refresh is not counted).
    - ``parse()``: what the plain call returns (the same model instance on every call).

    API errors are raised as by the plain call, so a ``RawResponse`` always describes a success.
    Its ``repr`` shows no body and no header: answers can carry tokens.
    """

    __slots__ = ("http_status", "headers", "content", "elapsed", "retries_taken", "_result", "_request_id")

    def __init__(self, http_status: int, headers: Mapping[str, str], content: bytes, result: _T,
                 retries_taken: int, elapsed: float) -> None:
        self.http_status = http_status
        self.headers = headers
        self.content = content
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        self._result = result
        self._request_id: Any = _UNREAD

    @property
    def request_id(self) -> str | None:
        """The server's id for this request (what a support ticket asks for)."""
        if self._request_id is _UNREAD:
            found: Any = None
            try:
                parsed = _json.loads(self.content) if self.content else None
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                found = parsed.get("requestId")
            if found is None:
                found = self.headers.get("x-request-id")
            self._request_id = str(found) if found is not None else None
        value: str | None = self._request_id
        return value

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (the whole envelope for V3 endpoints)."""
        return _json.loads(self.content)

    def parse(self) -> _T:
        """The typed result the plain call returns."""
        return self._result

    def __repr__(self) -> str:
        return (f"RawResponse(http_status={self.http_status}, request_id={self.request_id!r}, "
                f"retries_taken={self.retries_taken})")


_names_by_class: dict[type, frozenset[str]] = {}
_GENERATED = ("genauth_async._generated.management.", "genauth_async._generated.authentication.")


def _owner(cls: type, name: str) -> type:
    return next(base for base in cls.__mro__ if name in vars(base))


def raw_method_names(cls: type) -> frozenset[str]:
    """The methods ``with_raw_response`` serves on a client class: ``request()`` and every generated
    endpoint method (they all end in ``_call``, which carries the raw flag). Hand-written helpers
    that reshape an answer, and the ``iter_*`` paginators, are left out: their results are not one
    HTTP answer. Computed once per class."""
    names = _names_by_class.get(cls)
    if names is None:
        found = {"request"}
        for base in cls.__mro__:
            if base.__module__.startswith(_GENERATED):
                found.update(name for name, value in vars(base).items()
                             if callable(value) and not name.startswith(("_", "iter_")))
        # A hand-written helper that replaces an endpoint (first in the MRO) may reshape its answer.
        names = _names_by_class[cls] = frozenset(
            name for name in found if name == "request" or _owner(cls, name).__module__.startswith(_GENERATED)
        )
    return names


class WithRawResponse:
    """``client.with_raw_response``: the client's endpoint methods, answering a :class:`RawResponse`.

    ``client.with_raw_response.create_application(app_name="Portal")`` takes the same arguments as
    ``client.create_application`` and runs on a copy of the client (same connections, token cache
    and settings) whose calls are flagged ``raw``; no method is written per endpoint.
    """

    __slots__ = ("_client", "_names")

    def __init__(self, client: Any, names: frozenset[str]) -> None:
        self._client = client
        self._names = names

    if TYPE_CHECKING:
        # The endpoint methods are declared, with their own signatures, by the generated subclass
        # of each client (genauth_async._generated.raw); request() is declared here.
        async def request(
            self,
            method: str,
            path: str,
            *,
            query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
            json: Any = None,
            form: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None,
            timeout: float | None = None,
            max_retries: int | None = None,
            envelope: bool = True,
            idempotent: bool | None = None,
            deadline: float | None = None,
        ) -> RawResponse[Any]: ...

    else:

        def __getattr__(self, name: str) -> Callable[..., Coroutine[Any, Any, RawResponse[Any]]]:
            if name not in self._names:
                raise AttributeError(
                    f"with_raw_response has no method {name!r}: it serves the API endpoint methods and request()"
                )
            return getattr(self._client, name)

    def __dir__(self) -> list[str]:
        return sorted(self._names)
