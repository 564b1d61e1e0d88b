"""The one GenAuth client of the process, created when this module is first imported.

A module-level ``genauth_sync`` client is the right shape for Django:

* it is safe to share between threads: calls from all request threads run on the client's own
  event-loop thread, concurrently, over one keep-alive connection pool;
* it survives ``fork``: under ``gunicorn --preload`` the master imports this module and every
  worker inherits the object; a worker's first call starts its own loop thread and connections
  (the parent's sockets are never touched);
* it is closed at interpreter exit; call ``management.close()`` to close it earlier.

Never create a client per request: each would open new connections and fetch a new management
token.
"""

from __future__ import annotations

from django.conf import settings

from genauth_sync import ManagementClient

management = ManagementClient(
    access_key_id=settings.GENAUTH_ACCESS_KEY_ID,
    access_key_secret=settings.GENAUTH_ACCESS_KEY_SECRET,
    host=settings.GENAUTH_HOST,
)
