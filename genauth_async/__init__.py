"""genauth-async: an async-first, typed Python SDK for the GenAuth V3 identity API.

    from genauth_async import ManagementClient

    async with ManagementClient(access_key_id, access_key_secret) as client:
        app = await client.get_application(app_id="...")

The clients are loaded on first access (``genauth_async.ManagementClient``), so importing the
package stays cheap; wire models live in :mod:`genauth_async.models`, one module per model, each
loaded on first use. A blocking facade with the same names is in :mod:`genauth_sync`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import errors
from ._lazy import lazy_attributes
from ._version import __version__ as __version__
from .errors import *  # noqa: F403 - the exceptions, listed once in errors.__all__

if TYPE_CHECKING:
    from ._converter import from_wire as from_wire
    from ._converter import to_wire as to_wire
    from ._endpoint import RequestOptions as RequestOptions
    from ._generated.clients import AuthenticationClient as AuthenticationClient
    from ._generated.clients import ManagementClient as ManagementClient
    from ._hooks import RequestInfo as RequestInfo
    from ._hooks import ResponseInfo as ResponseInfo
    from ._model import UNSET as UNSET
    from ._options import CallOptions as CallOptions
    from ._raw_response import RawResponse as RawResponse
    from .protocols.offline import JwksUnavailableError as JwksUnavailableError
    from .protocols.offline import TokenVerificationError as TokenVerificationError
    from .protocols.redirect import RedirectCallbackError as RedirectCallbackError

__all__ = [
    "ManagementClient",
    "AuthenticationClient",
    "RequestOptions",
    "CallOptions",
    "RawResponse",
    "RequestInfo",
    "ResponseInfo",
    "UNSET",
    "to_wire",
    "from_wire",
    "errors",
    "TokenVerificationError",
    "RedirectCallbackError",
    "JwksUnavailableError",
]
__all__ += errors.__all__

_LAZY = {
    "ManagementClient": ("._generated.clients", "ManagementClient"),
    "AuthenticationClient": ("._generated.clients", "AuthenticationClient"),
    "RequestOptions": ("._endpoint", "RequestOptions"),
    "CallOptions": ("._options", "CallOptions"),
    "RawResponse": ("._raw_response", "RawResponse"),
    "RequestInfo": ("._hooks", "RequestInfo"),
    "ResponseInfo": ("._hooks", "ResponseInfo"),
    "UNSET": ("._model", "UNSET"),
    "to_wire": ("._converter", "to_wire"),
    "from_wire": ("._converter", "from_wire"),
    # Offline JWT checks: loaded on first use, like the protocol helpers that raise it.
    "TokenVerificationError": (".protocols.offline", "TokenVerificationError"),
    "RedirectCallbackError": (".protocols.redirect", "RedirectCallbackError"),
    "JwksUnavailableError": (".protocols.offline", "JwksUnavailableError"),
}


__getattr__, __dir__ = lazy_attributes(globals(), _LAZY)
