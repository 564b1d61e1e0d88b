"""Offline token verification: RS256 JWTs checked against the application's JWKS.

What the official ``introspect_token_offline`` got wrong, and what this module does instead:

* it fetched the JWKS on every call; here the key set is cached per client and fetched again only
  when it is old or when a token names a key id (``kid``) the cache does not know (the provider
  rotated its keys). Refetches on unknown ids are rate-limited, so a stream of tokens with made-up
  ``kid`` values cannot turn into a stream of JWKS requests; concurrent verifications share one
  fetch, and a failed fetch is remembered for a short back-off (:class:`JwksCache`), so an outage
  of the JWKS endpoint costs a bounded number of requests, not one per verification;
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

__all__ = ["TokenVerificationError", "JwksUnavailableError", "JwksCache", "verify_rs256", "verify_signed",
           "DEFAULT_LEEWAY"]

#: Seconds of clock skew tolerated on exp / nbf / iat.
DEFAULT_LEEWAY = 30.0
_ALG = "RS256"


class TokenVerificationError(GenAuthError):
    """A token failed offline verification. ``reason`` is one of: ``malformed``, ``alg``, ``kid``,
    ``key``, ``signature``, ``iss``, ``aud``, ``exp``, ``nbf``, ``iat``, ``missing_claim``, ``invalid``,
    ``nonce`` (an ID token whose nonce is not the login's), ``token_type`` (an ID token given as an
    access token, or the reverse).

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


class JwksUnavailableError(GenAuthError):
    """The application's JWKS could not be fetched, so no token can be checked offline right now.

    Not a :class:`TokenVerificationError`: the token may well be valid (answer 503, not 401). Every
    verification that waited on the failed fetch, and every one in the back-off after it, gets an
    equal error: the same message, ``url``, ``http_status`` and ``request_id``; ``retry_after`` is
    the number of seconds of back-off left when it was raised. ``__cause__`` is the fetch's own
    error. The message names the JWKS URL and the status, never a credential.
    """

    def __init__(self, message: str, *, url: str, http_status: int | None = None,
                 request_id: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
        self.http_status = http_status
        self.request_id = request_id
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_unavailable, (type(self), self.message, self.url, self.http_status,
                                       self.request_id, self.retry_after))


def _rebuild_unavailable(cls: type[JwksUnavailableError], message: str, url: str, http_status: int | None,
                         request_id: str | None, retry_after: float | None) -> JwksUnavailableError:
    return cls(message, url=url, http_status=http_status, request_id=request_id, retry_after=retry_after)


class _Failure:
    """A failed fetch, remembered until ``until`` (the cache's clock)."""

    __slots__ = ("cause", "message", "http_status", "request_id", "until")

    def __init__(self, cause: BaseException, url: str, backoff: float, now: float) -> None:
        self.cause = cause
        self.http_status: int | None = getattr(cause, "http_status", None)
        if not isinstance(self.http_status, int):
            self.http_status = None
        request_id = getattr(cause, "request_id", None)
        self.request_id = request_id if isinstance(request_id, str) and request_id else None
        # Built from the error's class and status only: the class names what failed, and neither
        # a status nor a request id can carry a credential (a body or a URL query could).
        what = type(cause).__name__
        if self.http_status is not None:
            what += f", HTTP {self.http_status}"
        status_code = getattr(cause, "status_code", None)
        if isinstance(status_code, int) and status_code != self.http_status:
            what += f", statusCode {status_code}"
        if self.request_id:
            what += f", requestId {self.request_id}"
        self.message = (f"the application's JWKS could not be fetched from {url} ({what}); offline "
                        f"verifications fail fast for {backoff:g} s before the next fetch")
        self.until = now + backoff

    def error(self, url: str, now: float) -> JwksUnavailableError:
        err = JwksUnavailableError(self.message, url=url, http_status=self.http_status,
                                   request_id=self.request_id, retry_after=max(0.0, self.until - now))
        err.__cause__ = self.cause
        return err


class JwksCache:
    """The application's signing keys, fetched lazily, shared by concurrent verifications.

    Bounded whatever the load, and whatever the JWKS endpoint does:

    * single flight: concurrent verifications that need the keys share one fetch (one task, which
      a caller's cancellation does not stop);
    * a failed fetch is remembered for ``failure_backoff`` seconds; every waiter of that fetch and
      every verification in the back-off gets an equal :class:`JwksUnavailableError` without a
      request. After it, the next verification fetches again (once, for all);
    * a token naming an unknown ``kid`` causes a refetch at most once per ``min_refetch_interval``
      (counted from the last fetch, failed or not), so made-up ``kid`` values cannot drive requests;
    * when the set is older than ``ttl`` but the refresh fails, the keys already held keep serving
      the ``kid`` values they know (keys are public and rotate rarely; refusing every token
      because the provider's JWKS endpoint hiccups would turn its outage into ours).

    So at most one fetch starts per ``min(failure_backoff, min_refetch_interval)`` seconds, each
    costing at most ``1 + max_retries`` requests. ``clock`` (monotonic seconds) is replaceable so
    tests can move time without sleeping. ``url`` names the JWKS in errors.
    """

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Any]],
        *,
        url: str = "the JWKS endpoint",
        ttl: float = 3600.0,
        min_refetch_interval: float = 10.0,
        failure_backoff: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.url = url
        self.ttl = ttl
        self.min_refetch_interval = min_refetch_interval
        self.failure_backoff = failure_backoff
        self.clock = clock
        self._keys: dict[str | None, dict[str, Any]] | None = None
        self._fetched_at = 0.0
        self._attempted_at: float | None = None
        self._failure: _Failure | None = None
        self._flight: asyncio.Task[dict[str | None, dict[str, Any]]] | None = None
        self._flight_key: tuple[int, int] | None = None
        #: Number of fetches started (each is one JWKS request plus the client's retries, if any).
        self.fetch_count = 0

    async def _load(self, fetch: Callable[[], Awaitable[Any]] | None) -> dict[str | None, dict[str, Any]]:
        """The keys from a fetch: joining the one in flight on this loop, or starting it, or
        raising the remembered failure while its back-off lasts."""
        failure = self._failure
        if failure is not None and self.clock() < failure.until:
            raise failure.error(self.url, self.clock())
        # A task belongs to one loop; a client reused from another loop (or a forked child)
        # starts its own flight rather than awaiting a foreign one.
        key = (id(asyncio.get_running_loop()), os.getpid())
        task = self._flight if self._flight_key == key else None
        if task is None or task.done():
            task = asyncio.get_running_loop().create_task(self._fetch_once(fetch or self._fetch))
            task.add_done_callback(_consume)
            self._flight, self._flight_key = task, key
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            raise
        except Exception:
            failure = self._failure
            if failure is None:  # pragma: no cover - _fetch_once records every failure it raises
                raise
            raise failure.error(self.url, self.clock()) from None

    async def _fetch_once(self, fetch: Callable[[], Awaitable[Any]]) -> dict[str | None, dict[str, Any]]:
        self.fetch_count += 1
        self._attempted_at = self.clock()
        try:
            keys = _keys_by_kid(await fetch())
        except Exception as exc:
            self._failure = _Failure(exc, self.url, self.failure_backoff, self.clock())
            raise
        self._keys, self._fetched_at, self._failure = keys, self.clock(), None
        return keys

    async def key_for(self, kid: str | None, fetch: Callable[[], Awaitable[Any]] | None = None) -> dict[str, Any]:
        """The JWK for ``kid``, refetching once (rate-limited) when it is unknown. ``fetch``, when
        given, replaces the cache's own fetcher for any request this call makes (per-call options)."""
        keys = self._keys
        if keys is None:
            keys = await self._load(fetch)
        elif self.clock() - self._fetched_at >= self.ttl:
            try:
                keys = await self._load(fetch)
            except JwksUnavailableError:
                if _pick(keys, kid) is None:
                    raise
                # The old set still holds this token's key: serve it through the outage.
        jwk = _pick(keys, kid)
        if jwk is None and kid is not None and self._may_refetch():
            keys = await self._load(fetch)
            jwk = _pick(keys, kid)
        if jwk is None:
            raise TokenVerificationError(
                "no signing key with this token's kid in the application's JWKS" if kid is not None
                else "token has no kid and the JWKS does not hold exactly one signing key",
                reason="kid",
            )
        return jwk

    def _may_refetch(self) -> bool:
        """An unknown kid may cause a fetch: none in flight would answer it sooner, and the last
        fetch (failed or not) is at least ``min_refetch_interval`` old."""
        if self._flight is not None and not self._flight.done():
            return True  # joining the flight in progress costs no request
        return self._attempted_at is None or self.clock() - self._attempted_at >= self.min_refetch_interval


def _consume(task: asyncio.Task[Any]) -> None:
    # The flight's outcome is read by its waiters; if all of them were cancelled, reading it here
    # keeps asyncio from logging "Task exception was never retrieved".
    if not task.cancelled():
        task.exception()


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
    return verify_signed(token, key, _ALG, audience=audience, issuer=issuer, leeway=leeway)


def verify_signed(
    token: str,
    key: Any,
    algorithm: str,
    *,
    audience: str,
    issuer: str | None,
    leeway: float = DEFAULT_LEEWAY,
) -> dict[str, Any]:
    """Signature (with ``key``, ``algorithm`` only) and claims of ``token``; every failure is a
    :class:`TokenVerificationError` naming the check. Shared by the RS256 path and the HS256 ID
    tokens of :mod:`genauth_async.protocols.jwt_parse`."""
    jwt = _import_jwt()
    required = ["exp", "aud"] + (["iss"] if issuer is not None else [])
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key=key,
            algorithms=[algorithm],
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
