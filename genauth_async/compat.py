"""The official ``genauth`` SDK's clients on this package's transport: migration in one import.

    # before: from genauth import ManagementClient
    from genauth_sync.compat import ManagementClient      # blocking, like the official SDK
    from genauth_async.compat import ManagementClient     # the same, awaited

Every official method, with the official parameters, answers what the official SDK answered: the
whole envelope as a dict (``statusCode``, ``message``, ``apiCode``, ``requestId``, ``data`` in the
wire's camelCase), API errors *returned* as that dict rather than raised; the protocol helpers
answer their official shapes (a URL string, the token endpoint's dict, ``True`` from
``revoke_token``). Underneath is a typed client of this package (pooled connections, verified TLS,
timeouts, retries of 429/5xx and of what is safe to repeat, one management token fetched once,
the official wire defects corrected, no secret in logs), reachable as ``.typed``; a compat client
is made from a typed one with ``ManagementClient.from_client(typed)``. Both share the connections
and the token, so call sites move to typed results one at a time (docs/migration.md).

Where it differs from the official SDK, on purpose: bad arguments raise ``ValidationError``
before anything is sent; a failure below HTTP (refused connection, timeout) raises this
package's ``ConnectError`` / ``APITimeoutError`` where the official SDK raised ``requests``'
exceptions; a management token that cannot be fetched raises the ``APIError`` (the official SDK
raised its ``GenAuthException``); an expired management token is refreshed instead of sent.
"""

from __future__ import annotations

from ._generated.compat.clients import AuthenticationClient, ManagementClient

__all__ = ["AuthenticationClient", "ManagementClient"]
