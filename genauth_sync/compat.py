"""The official ``genauth`` SDK's blocking clients on the sync facade: migration in one import.

    # before: from genauth import ManagementClient, AuthenticationClient
    from genauth_sync.compat import ManagementClient, AuthenticationClient

Same methods, parameters and answers as the official SDK (see :mod:`genauth_async.compat` for the
contract and the deliberate differences); ``.typed`` is the ``genauth_sync`` typed client
underneath (same loop thread, connections and token) and ``ManagementClient.from_client(typed)``
makes a compat client from one, so call sites move to typed results one at a time.
"""

from __future__ import annotations

from ._generated.compat.clients import AuthenticationClient, ManagementClient

__all__ = ["AuthenticationClient", "ManagementClient"]
