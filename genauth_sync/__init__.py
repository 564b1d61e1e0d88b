"""genauth_sync: the blocking facade of :mod:`genauth_async`, generated from the async clients.

Same class names, method names, signatures, return types and exceptions; each client runs its
async twin on one long-lived event-loop thread (anyio blocking portal) of its own:

    from genauth_sync import ManagementClient

    with ManagementClient(access_key_id, access_key_secret) as client:
        app = client.get_application(app_id="...")

Paginated endpoints' ``iter_<name>()`` return plain iterators. Pure helpers that send nothing
(``build_authorize_url``, ``build_logout_url``, the PKCE helpers) run in the calling thread and
start no event-loop thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async import errors
from genauth_async.errors import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    ConnectError,
    GenAuthError,
    GenAuthException,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
    TransportError,
    UnprocessableError,
    UpstreamError,
    ValidationError,
)

if TYPE_CHECKING:
    from genauth_async.protocols.offline import JwksUnavailableError as JwksUnavailableError
    from genauth_async.protocols.offline import TokenVerificationError as TokenVerificationError
    from genauth_sync._generated.clients import AuthenticationClient as AuthenticationClient
    from genauth_sync._generated.clients import ManagementClient as ManagementClient
    from genauth_sync._portal import PortalReentryError as PortalReentryError

__all__ = [
    "ManagementClient",
    "AuthenticationClient",
    "PortalReentryError",
    "errors",
    "GenAuthError",
    "GenAuthException",
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
    "TokenVerificationError",
    "JwksUnavailableError",
]

_LAZY = {
    "ManagementClient": ("genauth_sync._generated.clients", "ManagementClient"),
    "AuthenticationClient": ("genauth_sync._generated.clients", "AuthenticationClient"),
    "PortalReentryError": ("genauth_sync._portal", "PortalReentryError"),
    "TokenVerificationError": ("genauth_async.protocols.offline", "TokenVerificationError"),
    "JwksUnavailableError": ("genauth_async.protocols.offline", "JwksUnavailableError"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(target[0]), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
