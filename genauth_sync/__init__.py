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

from typing import TYPE_CHECKING

from genauth_async import errors
from genauth_async._lazy import lazy_attributes
from genauth_async.errors import *  # noqa: F403 - the exceptions, listed once in errors.__all__

if TYPE_CHECKING:
    from genauth_async._hooks import RequestInfo as RequestInfo
    from genauth_async._hooks import ResponseInfo as ResponseInfo
    from genauth_async._raw_response import RawResponse as RawResponse
    from genauth_async.protocols.offline import JwksUnavailableError as JwksUnavailableError
    from genauth_async.protocols.offline import TokenVerificationError as TokenVerificationError
    from genauth_async.protocols.redirect import RedirectCallbackError as RedirectCallbackError
    from genauth_sync._generated.clients import AuthenticationClient as AuthenticationClient
    from genauth_sync._generated.clients import ManagementClient as ManagementClient
    from genauth_sync._portal import PortalReentryError as PortalReentryError

__all__ = [
    "ManagementClient",
    "AuthenticationClient",
    "PortalReentryError",
    "RawResponse",
    "RequestInfo",
    "ResponseInfo",
    "errors",
    "TokenVerificationError",
    "RedirectCallbackError",
    "JwksUnavailableError",
]
__all__ += errors.__all__

_LAZY = {
    "ManagementClient": ("genauth_sync._generated.clients", "ManagementClient"),
    "AuthenticationClient": ("genauth_sync._generated.clients", "AuthenticationClient"),
    "PortalReentryError": ("genauth_sync._portal", "PortalReentryError"),
    "RawResponse": ("genauth_async._raw_response", "RawResponse"),
    "RequestInfo": ("genauth_async._hooks", "RequestInfo"),
    "ResponseInfo": ("genauth_async._hooks", "ResponseInfo"),
    "TokenVerificationError": ("genauth_async.protocols.offline", "TokenVerificationError"),
    "RedirectCallbackError": ("genauth_async.protocols.redirect", "RedirectCallbackError"),
    "JwksUnavailableError": ("genauth_async.protocols.offline", "JwksUnavailableError"),
}


__getattr__, __dir__ = lazy_attributes(globals(), _LAZY)
