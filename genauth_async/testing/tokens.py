"""Token minting and checking for the emulator.

Management tokens are HS256 JWTs signed with a per-pool server secret. The official Python SDK
decodes their payload with plain (non URL-safe) base64, so every JSON character that could turn
into ``-`` or ``_`` after base64url encoding is escaped before encoding: for ASCII input only
``>``, ``?``, ``~`` and DEL can produce those symbols, and JSON allows ``\\u`` escapes for them.

User tokens (access and ID tokens) are RS256 JWTs with a ``kid``, verifiable against the JWKS
endpoint, because SDKs validate them offline that way.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

_UNSAFE = {">": "\\u003e", "?": "\\u003f", "~": "\\u007e", "\x7f": "\\u007f"}


class TokenError(Exception):
    """Raised with a human-readable reason when a token is malformed, forged or expired."""


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _safe_json(value: dict[str, Any]) -> bytes:
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    for char, escape in _UNSAFE.items():
        text = text.replace(char, escape)
    return text.encode("ascii")


def sign_hs256(claims: dict[str, Any], secret: bytes) -> str:
    header = _b64url(_safe_json({"alg": "HS256", "typ": "JWT"}))
    payload = _b64url(_safe_json(claims))
    signing_input = f"{header}.{payload}".encode("ascii")
    signature = hmac.new(secret, signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(signature)}"


def verify_hs256(token: str, secret: bytes, now: float) -> dict[str, Any]:
    parts = token.split(".")
    if len(parts) != 3:
        raise TokenError("malformed token")
    try:
        header = json.loads(_b64url_decode(parts[0]))
        claims = json.loads(_b64url_decode(parts[1]))
        signature = _b64url_decode(parts[2])
    except (ValueError, UnicodeDecodeError) as exc:
        raise TokenError("malformed token") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
        raise TokenError("unsupported token")
    expected = hmac.new(secret, f"{parts[0]}.{parts[1]}".encode("ascii"), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, signature):
        raise TokenError("invalid token signature")
    exp = claims.get("exp")
    if not isinstance(exp, (int, float)) or exp <= now:
        raise TokenError("token expired")
    return claims


class RsaKeys:
    """One RS256 signing key, kept as PEM so the SQLite store can persist it across restarts."""

    def __init__(self, pem: bytes | None = None, kid: str | None = None) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        if pem is None:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        loaded = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(loaded, rsa.RSAPrivateKey):
            raise ValueError("the stored OIDC key is not an RSA key")
        self.pem = pem
        self._key = loaded
        self.kid = kid or secrets.token_hex(8)
        import jwt

        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(loaded.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        self.jwk: dict[str, Any] = jwk

    def sign(self, claims: dict[str, Any]) -> str:
        import jwt

        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": self.kid})

    def verify(self, token: str, now: float, audience: str | None = None, *, check_exp: bool = True) -> dict[str, Any]:
        """Claims of a token this key signed; ``check_exp=False`` accepts an expired one (logout hints)."""
        import jwt

        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key.public_key(),
                algorithms=["RS256"],
                options={"verify_exp": False, "verify_aud": False},
            )
        except jwt.PyJWTError as exc:
            raise TokenError(str(exc)) from exc
        exp = claims.get("exp")
        if not isinstance(exp, (int, float)):
            raise TokenError("token has no exp")
        if check_exp and exp <= now:
            raise TokenError("token expired")
        if audience is not None and claims.get("aud") != audience:
            raise TokenError("token audience mismatch")
        return claims


def pkce_matches(verifier: str, challenge: str, method: str) -> bool:
    """RFC 7636 check. Compared as bytes: compare_digest refuses a str with non-ASCII characters."""
    wanted = challenge.encode("utf-8", "surrogatepass")
    if method.upper() == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        return hmac.compare_digest(_b64url(digest).encode("ascii"), wanted)
    return hmac.compare_digest(verifier.encode("utf-8", "surrogatepass"), wanted)


def at_hash(access_token: str) -> str:
    digest = hashlib.sha256(access_token.encode("ascii")).digest()
    return _b64url(digest[:16])


def now() -> float:
    return time.time()
