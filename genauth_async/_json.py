"""JSON encoding with orjson when it is installed (it is several times faster), else the stdlib.

Both paths produce compact UTF-8 bytes, so the transport never cares which one is active.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["dumps", "dumps_strict", "loads", "HAVE_ORJSON"]


def _default(obj: Any) -> Any:
    # Models nested inside plain dicts that the caller built by hand still serialise correctly.
    if attrs.has(type(obj)):
        from ._converter import to_wire

        return to_wire(obj)
    if isinstance(obj, (datetime.datetime, datetime.date)):
        return obj.isoformat()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


dumps: Callable[[Any], bytes]
#: ``dumps`` for plain JSON only (str keys, JSON types): it may raise TypeError where ``dumps`` would
#: call ``_default`` or accept a non-str key, and otherwise gives the same bytes, without the cost of
#: passing options on each call. The compiled encoders use it and leave anything else to ``dumps``.
dumps_strict: Callable[[Any], bytes]
loads: Callable[[bytes | str], Any]

try:
    import orjson
except ImportError:  # pragma: no cover - exercised only without the speedups extra
    HAVE_ORJSON = False
    _encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_default)

    def dumps(obj: Any) -> bytes:
        return _encoder.encode(obj).encode("utf-8")

    def loads(data: bytes | str) -> Any:
        return json.loads(data)

    dumps_strict = dumps

else:
    HAVE_ORJSON = True
    # A partial rather than a wrapper function: called on every request, and one Python frame fewer.
    dumps = functools.partial(orjson.dumps, default=_default, option=orjson.OPT_NON_STR_KEYS)
    loads = orjson.loads
    dumps_strict = orjson.dumps
