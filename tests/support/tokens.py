"""The one JWT helper of the tests: an unsigned-looking token whose payload says what a test needs.

The SDK only base64url-decodes a management token's payload (for ``scoped_userpool_id``); it never
checks the signature, so a fixed signature segment is enough. Tests of real signatures use the
emulator's keys instead.
"""

from __future__ import annotations

import base64
import json
from typing import Any


def b64url(data: bytes) -> str:
    """Base64url without padding, as JWT segments are written."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def fake_jwt(claims: dict[str, Any]) -> str:
    """``header.payload.signature`` with ``claims`` as the payload (HS256 header, dummy signature)."""
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps(claims).encode())
    return f"{header}.{payload}.c2lnbmF0dXJl"
