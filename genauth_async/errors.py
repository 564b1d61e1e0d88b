"""One exception hierarchy for everything the SDK can raise.

The official SDK returned error envelopes as plain dicts, so callers had to remember to check
``statusCode`` after every call. Here every non-200 ``statusCode`` becomes an exception whose class
says what kind of failure it was, so ``except NotFoundError`` replaces string matching.

Network failures carry ``request_sent`` because the caller's next move depends on it: a request
that never left can always be repeated, one that may have reached the server might already have
created the resource.

No exception text ever includes a request body, header or token; only the server's ``message``,
the codes and the request id, which are what support needs.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "GenAuthError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnprocessableError",
    "RateLimitError",
    "ClientError",
    "ServerError",
    "UpstreamError",
    "TransportError",
    "ConnectError",
    "APITimeoutError",
    "ResponseFormatError",
    "ValidationError",
    "GenAuthException",
]
# The list both packages re-export (``from .errors import *``); the helpers that build errors
# (error_class_for_status, make_api_error) stay in this module only.


class GenAuthError(Exception):
    """Base of every exception raised by this SDK, so one ``except`` can catch them all."""

    #: Attempts the call made beyond the first before it failed with this error (set by the
    #: client's retry loop; 0 for an error raised before or without any retry).
    retries_taken: int = 0


class APIError(GenAuthError):
    """The server answered with an error envelope (``statusCode`` other than 200) or an error status.

    ``status_code`` is the envelope's ``statusCode`` (the HTTP status when the body had none);
    ``http_status`` is the HTTP status line, which for the V3 API is usually 200 even on errors.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        api_code: int | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.api_code = api_code
        self.request_id = request_id
        self.http_status = http_status
        self.body = body

    # Names of the official ``GenAuthException`` so code catching it keeps reading the same fields.
    @property
    def statusCode(self) -> int:  # noqa: N802 - official spelling
        return self.status_code

    @property
    def apiCode(self) -> int | None:  # noqa: N802 - official spelling
        return self.api_code

    def __str__(self) -> str:
        parts = [f"statusCode={self.status_code}"]
        if self.api_code is not None:
            parts.append(f"apiCode={self.api_code}")
        if self.http_status is not None and self.http_status != 200:
            parts.append(f"http={self.http_status}")
        if self.request_id:
            parts.append(f"requestId={self.request_id}")
        return f"{self.message} ({', '.join(parts)})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, api_code={self.api_code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not pickle by default; errors cross process pools.
        return (
            _rebuild_api_error,
            (type(self), self.message, self.status_code, self.api_code, self.request_id,
             self.http_status, self.body, self.__dict__),
        )


def _rebuild_api_error(
    cls: type[APIError], message: str, status_code: int, api_code: int | None, request_id: str | None,
    http_status: int | None, body: Any, state: dict[str, Any],
) -> APIError:
    err = cls.__new__(cls)
    APIError.__init__(err, message, status_code=status_code, api_code=api_code, request_id=request_id,
                      http_status=http_status, body=body)
    err.__dict__.update(state)
    return err


class BadRequestError(APIError):
    """statusCode 400: a parameter was malformed."""


class AuthenticationError(APIError):
    """statusCode 401: missing, expired or invalid credentials."""


class PaymentRequiredError(APIError):
    """statusCode 402: the user pool's plan does not include this endpoint."""


class PermissionDeniedError(APIError):
    """statusCode 403: authenticated, but not allowed (also wrong username/password, apiCode 2333)."""


class NotFoundError(APIError):
    """statusCode 404: the resource does not exist."""


class ConflictError(APIError):
    """statusCode 409: the new resource clashes with an existing one (e.g. apiCode 2039)."""


class PayloadTooLargeError(APIError):
    """statusCode 413."""


class UnprocessableError(APIError):
    """statusCode 422: well-formed, but breaks a business rule."""


class RateLimitError(APIError):
    """statusCode 429 or HTTP 429; ``retry_after`` holds the server's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ClientError(APIError):
    """Any other 4xx, including 499 (the server's generic client error)."""


class ServerError(APIError):
    """5xx: the server failed; for writes it may or may not have applied the change."""


class UpstreamError(APIError):
    """6xx: a third-party endpoint or custom code called by GenAuth failed."""


# The official SDK raised GenAuthException(statusCode, message, apiCode) when the management token
# could not be obtained; those failures are APIError instances here, so the old name still catches them.
GenAuthException = APIError


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> type[APIError]:
    """Pick the exception class for an envelope ``statusCode`` (or HTTP status)."""
    cls = _BY_STATUS.get(status)
    if cls is not None:
        return cls
    if 400 <= status < 500:
        return ClientError
    if 500 <= status < 600:
        return ServerError
    if 600 <= status < 700:
        return UpstreamError
    return APIError


def make_api_error(
    status_code: int,
    message: str,
    *,
    api_code: int | None = None,
    request_id: str | None = None,
    http_status: int | None = None,
    body: Any = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the right subclass; ``retry_after`` only lands on ``RateLimitError``."""
    cls = error_class_for_status(status_code)
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, status_code=status_code, api_code=api_code,
                              request_id=request_id, http_status=http_status, body=body)
    return cls(message, status_code=status_code, api_code=api_code, request_id=request_id,
               http_status=http_status, body=body)


class TransportError(GenAuthError):
    """The exchange with the server failed below the HTTP level.

    ``request_sent`` is False only when the SDK knows the server cannot have seen the request
    (connection refused, DNS failure, TLS failure); otherwise the server may have acted on it.
    """

    def __init__(self, message: str, *, request_sent: bool) -> None:
        super().__init__(message)
        self.message = message
        self.request_sent = request_sent

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_transport_error, (type(self), self.message, self.request_sent, self.__dict__))


def _rebuild_transport_error(
    cls: type[TransportError], message: str, request_sent: bool, state: dict[str, Any]
) -> TransportError:
    err = cls.__new__(cls)
    TransportError.__init__(err, message, request_sent=request_sent)
    err.__dict__.update(state)
    return err


class ConnectError(TransportError):
    """No connection could be made, so the request never left."""

    def __init__(self, message: str, *, request_sent: bool = False) -> None:
        super().__init__(message, request_sent=request_sent)


class APITimeoutError(TransportError, TimeoutError):
    """The call's time budget ran out; also a builtin ``TimeoutError`` for generic handlers."""

    def __init__(self, message: str = "request timed out", *, request_sent: bool = True) -> None:
        TransportError.__init__(self, message, request_sent=request_sent)


class ResponseFormatError(GenAuthError):
    """The answer was not the JSON the API promises (an HTML page from a proxy, an empty body...).

    ``excerpt`` is the start of the body, so the cause (e.g. "502 Bad Gateway") is visible in logs.
    """

    def __init__(self, message: str, *, http_status: int | None = None, excerpt: str = "",
                 request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.excerpt = excerpt
        self.request_id = request_id

    def __str__(self) -> str:
        text = f"{self.message} (http={self.http_status}"
        if self.request_id:
            text += f", requestId={self.request_id}"
        return text + f"): {self.excerpt!r}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_format_error, (type(self), self.message, self.http_status, self.excerpt,
                                        self.request_id))


def _rebuild_format_error(
    cls: type[ResponseFormatError], message: str, http_status: int | None, excerpt: str, request_id: str | None
) -> ResponseFormatError:
    return cls(message, http_status=http_status, excerpt=excerpt, request_id=request_id)


class ValidationError(GenAuthError, ValueError):
    """An argument was missing or of the wrong kind; raised before anything is sent.

    Also a ``ValueError`` so generic argument-checking code treats it like any bad argument.
    """

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_validation_error, (type(self), self.message, self.param))


def _rebuild_validation_error(cls: type[ValidationError], message: str, param: str | None) -> ValidationError:
    return cls(message, param=param)
