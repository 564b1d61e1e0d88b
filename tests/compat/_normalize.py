"""Answers of two runs made comparable: request ids, generated ids, tokens and times replaced.

Generated ids are numbered by first appearance, so the same id in two places of one run must be
the same id in the same places of the other run (a created app's id is the one a later get
returns), which keeps the comparison meaningful.
"""

from __future__ import annotations

import re
from typing import Any

_ID = re.compile(r"^[0-9a-f]{12,40}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_JWT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
_EMBEDDED_ID = re.compile(r"\b[0-9a-f]{12,40}\b")
_TIME_KEYS = re.compile(r"(At|Time|_at|expires_in|exp|iat|auth_time)$")


class Normalizer:
    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def __call__(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, key) for v in value]
        if key == "requestId":
            return "<requestId>"
        if isinstance(value, (int, float)) and not isinstance(value, bool) and _TIME_KEYS.search(key):
            return "<time>"
        if isinstance(value, str):
            if _TIME.match(value) or (_TIME_KEYS.search(key) and value):
                return "<time>"
            if _JWT.match(value) and value.count(".") == 2 and len(value) > 40:
                return "<jwt>"
            if key.endswith("token") and value:
                return "<token>"  # opaque random tokens (a refresh token)
            if _ID.match(value):
                return self._id(value)
            return _EMBEDDED_ID.sub(lambda m: self._id(m.group(0)), value)  # "Application <id> does not exist"
        return value

    def _id(self, value: str) -> str:
        return self.ids.setdefault(value, f"<id{len(self.ids)}>")
