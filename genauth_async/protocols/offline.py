"""Offline token verification: RS256 JWTs checked against the application's JWKS.

What the official ``introspect_token_offline`` got wrong, and what this module does instead:

* it fetched the JWKS on every call; here the key set is cached per client and fetched again only
  when it is old or when a token names a key id (``kid``) the cache does not know (the provider
  rotated its keys). Refetches on unknown ids are rate-limited, so a stream of tokens with made-up
  ``kid`` values cannot turn into a stream of JWKS requests;
* it raised ``KeyError`` for an unknown ``kid`` and bare PyJWT errors otherwise; here every failure
  is a :class:`TokenVerificationError` whose ``reason`` names the check that failed;
* it did not check the issuer; here ``iss`` must be the application's issuer (``{app_host}/oidc``).

Checks: structure, ``alg`` (RS256 only, so never ``none`` nor an HMAC confusion with the public
key), key id, signature, ``iss``, ``aud`` (the app id), ``exp`` (required), ``nbf`` and ``iat``,
with a small leeway for clock skew. PyJWT (the ``jwt`` extra) is imported on first use so that
clients that never verify offline do not pay for ``cryptography``.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ..errors import GenAuthError, ResponseFormatError

__all__ = ["TokenVerificationError", "JwksCache", "verify_rs256", "DEFAULT_LEEWAY"]

#: Seconds of clock skew tolerated on exp / nbf / iat.
DEFAULT_LEEWAY = 30.0
_ALG = "RS256"


class TokenVerificationError(GenAuthError):
    """A token failed offline verification. ``reason`` is one of: ``malformed``, ``alg``, ``kid``,
    ``key``, ``signature``, ``iss``, ``aud``, ``exp``, ``nbf``, ``iat``, ``missing_claim``, ``invalid``.

    The message names the failed check and never contains the token.
    """

    def __init__(self, message: str, *, reason: str, claim: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.claim = claim

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.reason, self.claim))


def _rebuild(cls: type[TokenVerificationError], message: str, reason: str,
             claim: str | None) -> TokenVerificationError:
    return cls(message, reason=reason, claim=claim)


def _import_jwt() -> Any:
    try:
        import jwt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise GenAuthError(
            "introspect_token_offline needs PyJWT with cryptography: pip install 'genauth-async[jwt]'"
        ) from exc
    return jwt


def _keys_by_kid(jwks: Any) -> dict[str | None, dict[str, Any]]:
    """Usable RSA signing keys of a JWK set, by ``kid`` (``None`` for a key without one)."""
    keys = jwks.get("keys") if isinstance(jwks, Mapping) else None
    if not isinstance(keys, list):
        raise ResponseFormatError("the JWKS has no 'keys' list", http_status=200)
    out: dict[str | None, dict[str, Any]] = {}
    for jwk in keys:
        if not isinstance(jwk, Mapping) or jwk.get("kty") != "RSA":
            continue
        if jwk.get("use") not in (None, "sig") or jwk.get("alg") not in (None, _ALG):
            continue
        kid = jwk.get("kid")
        out[kid if isinstance(kid, str) else None] = dict(jwk)
    return out


def _pick(keys: Mapping[str | None, dict[str, Any]], kid: str | None) -> dict[str, Any] | None:
    if kid is not None:
        return keys.get(kid)
    # A token without kid is acceptable only when the choice is unambiguous.
    return next(iter(keys.values())) if len(keys) == 1 else None


class JwksCache:
    """The application's signing keys, fetched lazily, shared by concurrent verifications.

    ``ttl``: age after which the set is fetched again before use. ``min_refetch_interval``: the
    shortest time between two fetches caused by an unknown ``kid``.
    """

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Any]],
        *,
        ttl: float = 3600.0,
        min_refetch_interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.ttl = ttl
        self.min_refetch_interval = min_refetch_interval
        self._clock = clock
        self._keys: dict[str | None, dict[str, Any]] | None = None
        self._fetched_at = 0.0
        self._lock: asyncio.Lock | None = None
        self._lock_key: tuple[int, int] | None = None
        #: Number of JWKS requests made (tests and metrics read it).
        self.fetch_count = 0

    def _get_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one loop; a client reused from another loop needs a new one.
        key = (id(asyncio.get_running_loop()), os.getpid())
        if self._lock is None or self._lock_key != key:
            self._lock = asyncio.Lock()
            self._lock_key = key
        return self._lock

    async def _refresh(
        self, seen_at: float, fetch: Callable[[], Awaitable[Any]] | None = None
    ) -> dict[str | None, dict[str, Any]]:
        async with self._get_lock():
            if self._keys is not None and self._fetched_at > seen_at:
                return self._keys  # someone refreshed while we waited: one fetch serves all
            self.fetch_count += 1
            keys = _keys_by_kid(await (fetch or self._fetch)())
            self._keys = keys
            self._fetched_at = self._clock()
            return keys

    async def key_for(self, kid: str | None, fetch: Callable[[], Awaitable[Any]] | None = None) -> dict[str, Any]:
        """The JWK for ``kid``, refetching once (rate-limited) when it is unknown. ``fetch``, when
        given, replaces the cache's own fetcher for any request this call makes (per-call options)."""
        now = self._clock()
        keys = self._keys
        if keys is None or now - self._fetched_at >= self.ttl:
            keys = await self._refresh(self._fetched_at if keys is not None else -1.0, fetch)
        jwk = _pick(keys, kid)
        if jwk is None and kid is not None and self._clock() - self._fetched_at >= self.min_refetch_interval:
            keys = await self._refresh(self._fetched_at, fetch)
            jwk = _pick(keys, kid)
        if jwk is None:
            raise TokenVerificationError(
                "no signing key with this token's kid in the application's JWKS" if kid is not None
                else "token has no kid and the JWKS does not hold exactly one signing key",
                reason="kid",
            )
        return jwk


def unverified_header(token: Any) -> dict[str, Any]:
    """The JOSE header, with the algorithm checked before any key is looked up."""
    jwt = _import_jwt()
    if not isinstance(token, str) or token.count(".") != 2:
        raise TokenVerificationError("token is not a compact JWS (header.payload.signature)", reason="malformed")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise TokenVerificationError("token header cannot be decoded", reason="malformed") from None
    alg = header.get("alg")
    if alg != _ALG:
        raise TokenVerificationError(f"token algorithm {alg!r} is not allowed; only RS256 is accepted",
                                     reason="alg")
    kid = header.get("kid")
    if kid is not None and not isinstance(kid, str):
        raise TokenVerificationError("token kid is not a string", reason="malformed")
    return dict(header)


def verify_rs256(
    token: str,
    jwk: Mapping[str, Any],
    *,
    audience: str,
    issuer: str | None,
    leeway: float = DEFAULT_LEEWAY,
) -> dict[str, Any]:
    """Verify signature and claims of ``token`` with ``jwk``; returns the claims."""
    jwt = _import_jwt()
    try:
        key = jwt.PyJWK(dict(jwk), algorithm=_ALG).key
    except jwt.PyJWTError:
        raise TokenVerificationError("the application's JWK cannot be used as an RS256 key",
                                     reason="key") from None
    required = ["exp", "aud"] + (["iss"] if issuer is not None else [])
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key=key,
            algorithms=[_ALG],
            audience=audience,
            issuer=issuer,
            leeway=leeway,
            options={"require": required, "verify_signature": True},
        )
    except jwt.InvalidSignatureError:
        raise TokenVerificationError("token signature is invalid", reason="signature") from None
    except jwt.ExpiredSignatureError:
        raise TokenVerificationError("token has expired (exp)", reason="exp") from None
    except jwt.ImmatureSignatureError as exc:
        which = "iat" if "iat" in str(exc) else "nbf"
        raise TokenVerificationError(f"token is not valid yet ({which})", reason=which) from None
    except jwt.InvalidAudienceError:
        raise TokenVerificationError(f"token audience (aud) is not this application {audience!r}",
                                     reason="aud") from None
    except jwt.InvalidIssuerError:
        raise TokenVerificationError(f"token issuer (iss) is not {issuer!r}", reason="iss") from None
    except jwt.MissingRequiredClaimError as exc:
        raise TokenVerificationError(f"token lacks the required claim {exc.claim!r}",
                                     reason="missing_claim", claim=str(exc.claim)) from None
    except jwt.InvalidIssuedAtError:
        raise TokenVerificationError("token iat is not a valid time", reason="iat") from None
    except jwt.InvalidAlgorithmError:
        raise TokenVerificationError("token algorithm is not allowed", reason="alg") from None
    except jwt.DecodeError:
        raise TokenVerificationError("token cannot be decoded", reason="malformed") from None
    except jwt.PyJWTError as exc:
        raise TokenVerificationError(f"token is invalid ({type(exc).__name__})", reason="invalid") from None
    return claims


async def verify_with_cache(
    token: str,
    cache: JwksCache | None,
    server_jwks: Any,
    *,
    audience: str,
    issuer: str | None,
    leeway: float = DEFAULT_LEEWAY,
    fetch: Callable[[], Awaitable[Any]] | None = None,
) -> dict[str, Any]:
    """Full offline check: header, key (from ``server_jwks`` when given, else the cache, fetching
    with ``fetch`` instead of the cache's own fetcher when given), claims."""
    header = unverified_header(token)
    kid = header.get("kid")
    if server_jwks is not None:
        jwk = _pick(_keys_by_kid(server_jwks), kid)
        if jwk is None:
            raise TokenVerificationError("no signing key with this token's kid in the given JWKS", reason="kid")
    else:
        assert cache is not None
        jwk = await cache.key_for(kid, fetch)
    return verify_rs256(token, jwk, audience=audience, issuer=issuer, leeway=leeway)
