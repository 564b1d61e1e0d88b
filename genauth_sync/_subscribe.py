"""Blocking delivery of a subscription to a callback, for the sync facade's ``sub_event``.

The official SDK's ``sub_event(code, callback)`` blocks and calls ``callback`` for every message.
The async helper returns an async iterator instead; the sync facade keeps both forms: without a
callback it returns the (portal) iterator, with one it runs the loop below in the caller's
thread. The loop lives here, in the runtime, so the generator only emits a call to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

__all__ = ["deliver"]

_T = TypeVar("_T")


def deliver(iterator: Iterator[_T], callback: Callable[[_T], object] | None) -> Iterator[_T] | None:
    """``iterator`` itself when ``callback`` is None; otherwise call ``callback(item)`` for each
    item in this thread until the iterator ends or the callback raises, then close the iterator
    at once (which leaves the socket) and return None."""
    if callback is None:
        return iterator
    try:
        for item in iterator:
            callback(item)
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    return None
