"""Generated ids and timestamps in the shapes the real API uses; every handler makes them the same way."""

from __future__ import annotations

import secrets
import time

__all__ = ["iso_now", "new_id"]


def new_id() -> str:
    """A 24-hex id, the shape of the real API's (MongoDB-style) ids."""
    return secrets.token_hex(12)


def iso_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
