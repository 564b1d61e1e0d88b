"""genauth-async: an async-first, typed Python SDK for the GenAuth V3 identity API.

    from genauth_async import ManagementClient

    async with ManagementClient(access_key_id, access_key_secret) as client:
        app = await client.get_application(app_id="...")

The clients are loaded on first access (``genauth_async.ManagementClient``), so importing the
package stays cheap; wire models live in :mod:`genauth_async.models` and load one module at a
time. A blocking facade with the same names is in :mod:`genauth_sync`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from .errors import (
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
    from ._converter import from_wire as from_wire
    from ._converter import to_wire as to_wire
    from ._endpoint import RequestOptions as RequestOptions
    from ._generated.clients import AuthenticationClient as AuthenticationClient
    from ._generated.clients import ManagementClient as ManagementClient
    from ._model import UNSET as UNSET
    from ._options import CallOptions as CallOptions
    from .protocols.offline import JwksUnavailableError as JwksUnavailableError
    from .protocols.offline import TokenVerificationError as TokenVerificationError

__version__ = "0.1.0"

__all__ = [
    "ManagementClient",
    "AuthenticationClient",
    "RequestOptions",
    "CallOptions",
    "UNSET",
    "to_wire",
    "from_wire",
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
    "ManagementClient": ("._generated.clients", "ManagementClient"),
    "AuthenticationClient": ("._generated.clients", "AuthenticationClient"),
    "RequestOptions": ("._endpoint", "RequestOptions"),
    "CallOptions": ("._options", "CallOptions"),
    "UNSET": ("._model", "UNSET"),
    "to_wire": ("._converter", "to_wire"),
    "from_wire": ("._converter", "from_wire"),
    # Offline JWT checks: loaded on first use, like the protocol helpers that raise it.
    "TokenVerificationError": (".protocols.offline", "TokenVerificationError"),
    "JwksUnavailableError": (".protocols.offline", "JwksUnavailableError"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(target[0], __name__), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
