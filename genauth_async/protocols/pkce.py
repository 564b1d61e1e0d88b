"""PKCE (RFC 7636): code verifiers and their challenges.

The official SDK drew verifiers from ``random`` (predictable: the Mersenne Twister can be
reconstructed from its output) and only over lowercase letters; a verifier is a one-time secret
that protects the authorization code, so it comes from ``secrets`` here, over the full unreserved
alphabet. Lengths outside 43-128 are rejected because the RFC forbids them and servers refuse
them later with a far less helpful error.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import string

from ..errors import ValidationError

__all__ = [
    "MIN_VERIFIER_LENGTH",
    "MAX_VERIFIER_LENGTH",
    "UNRESERVED",
    "generate_code_verifier",
    "code_challenge",
    "is_valid_verifier",
]

MIN_VERIFIER_LENGTH = 43
MAX_VERIFIER_LENGTH = 128
#: RFC 3986 "unreserved" characters, the alphabet RFC 7636 §4.1 allows in a verifier.
UNRESERVED = string.ascii_letters + string.digits + "-._~"
_UNRESERVED_SET = frozenset(UNRESERVED)
_METHODS = ("S256", "plain")


def generate_code_verifier(length: int = MIN_VERIFIER_LENGTH) -> str:
    """A fresh random verifier of ``length`` characters (43-128) from the unreserved set."""
    if not isinstance(length, int) or isinstance(length, bool):
        raise ValidationError("length must be an int", param="length")
    if not MIN_VERIFIER_LENGTH <= length <= MAX_VERIFIER_LENGTH:
        raise ValidationError(
            f"length must be between {MIN_VERIFIER_LENGTH} and {MAX_VERIFIER_LENGTH} (RFC 7636)",
            param="length",
        )
    return "".join(secrets.choice(UNRESERVED) for _ in range(length))


def is_valid_verifier(verifier: object) -> bool:
    """Whether ``verifier`` is a string RFC 7636 accepts (length and alphabet)."""
    return (
        isinstance(verifier, str)
        and MIN_VERIFIER_LENGTH <= len(verifier) <= MAX_VERIFIER_LENGTH
        and _UNRESERVED_SET.issuperset(verifier)
    )


def code_challenge(verifier: str, method: str | None = None) -> str:
    """The ``code_challenge`` for ``verifier``: S256 (default) or plain.

    S256 is ``BASE64URL(SHA256(ASCII(verifier)))`` without ``=`` padding (RFC 7636 §4.2).
    """
    if not is_valid_verifier(verifier):
        raise ValidationError(
            f"code verifier must be {MIN_VERIFIER_LENGTH}-{MAX_VERIFIER_LENGTH} characters of "
            "A-Z a-z 0-9 - . _ ~ (RFC 7636)",
            param="code_challenge",
        )
    method = method or "S256"
    if method not in _METHODS:
        raise ValidationError("method must be S256 or plain", param="method")
    if method == "plain":
        return verifier
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
