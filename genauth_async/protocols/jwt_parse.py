"""Verify an access or ID token and read its claims into a typed object (Node's ``parseAccessToken``
/ ``parseIDToken``).

The Node helpers checked the signature only: any unexpired-or-not token of any application of
the pool, with any issuer, passed, and a token whose ``kid`` was unknown was checked against the
first key of the set. Here a token is accepted only when all of these hold:

* the signature: RS256 against the application's JWKS (the same cache as
  ``introspect_token_offline``, so a key rotation costs one fetch), or, for an ID token only,
  HS256 with the application secret (applications can be set to sign ID tokens that way);
  ``none`` and every other algorithm are refused before any key is looked up;
* ``iss`` is the application's issuer, ``aud`` this application, ``exp`` present and not past
  (``nbf``/``iat`` not in the future), each with ``leeway`` seconds of clock skew;
* for an ID token, ``nonce`` equals the one the login sent, when the caller passes it;
* the token is of the kind asked for: an access token and an ID token of one application share
  signer, ``iss`` and ``aud``, so an ID token (``nonce`` or ``at_hash``, claims an access token never
  has) is refused as an access token, and an access token (``scope``, which an ID token never
  carries) as an ID token; a token for several audiences needs ``azp`` naming this application.

A failure is a ``TokenVerificationError`` whose ``reason`` names the check; the token itself is
never in a message. The claims come back as :class:`AccessTokenClaims` / :class:`IDTokenClaims`:
the registered and profile claims as typed attributes, every claim (custom ones too) in
``claims``.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs

from . import offline as _offline
from .offline import TokenVerificationError

__all__ = ["AccessTokenClaims", "IDTokenClaims", "verify_token", "access_claims", "id_claims"]

_HS256 = "HS256"
_RS256 = "RS256"


def same_text(a: str, b: str) -> bool:
    """Constant-time equality of two strings, any code points (a lone surrogate included)."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def _str(claims: Mapping[str, Any], name: str) -> str | None:
    value = claims.get(name)
    return value if isinstance(value, str) else None


def _int(claims: Mapping[str, Any], name: str) -> int | None:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def _bool(claims: Mapping[str, Any], name: str) -> bool | None:
    value = claims.get(name)
    return value if isinstance(value, bool) else None


def _audience(claims: Mapping[str, Any]) -> str | list[str]:
    aud = claims.get("aud")
    if isinstance(aud, list):
        return [a for a in aud if isinstance(a, str)]
    return aud if isinstance(aud, str) else ""


@attrs.frozen(kw_only=True)
class AccessTokenClaims:
    """The verified claims of an access token.

    ``claims`` holds every claim as it came (custom ones included); the attributes are the
    registered ones, typed. ``exp``, ``iss`` and ``aud`` are always set: verification requires them.
    """

    sub: str | None
    iss: str
    aud: str | list[str]
    exp: int
    iat: int | None = None
    nbf: int | None = None
    jti: str | None = None
    scope: str | None = None
    claims: Mapping[str, object] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class IDTokenClaims:
    """The verified claims of an ID token: who signed in, and the profile claims the scope granted.

    ``claims`` holds every claim as it came; the attributes are the OIDC ones, typed (None when
    the token does not carry them).
    """

    sub: str | None
    iss: str
    aud: str | list[str]
    exp: int
    iat: int | None = None
    nonce: str | None = None
    at_hash: str | None = None
    auth_time: int | None = None
    name: str | None = None
    nickname: str | None = None
    preferred_username: str | None = None
    email: str | None = None
    email_verified: bool | None = None
    phone_number: str | None = None
    phone_number_verified: bool | None = None
    picture: str | None = None
    claims: Mapping[str, object] = attrs.field(factory=dict, repr=False)


def access_claims(claims: Mapping[str, Any]) -> AccessTokenClaims:
    """Typed view of verified access-token claims."""
    return AccessTokenClaims(
        sub=_str(claims, "sub"), iss=_str(claims, "iss") or "", aud=_audience(claims),
        exp=_int(claims, "exp") or 0, iat=_int(claims, "iat"), nbf=_int(claims, "nbf"),
        jti=_str(claims, "jti"), scope=_str(claims, "scope"), claims=dict(claims),
    )


def id_claims(claims: Mapping[str, Any]) -> IDTokenClaims:
    """Typed view of verified ID-token claims."""
    return IDTokenClaims(
        sub=_str(claims, "sub"), iss=_str(claims, "iss") or "", aud=_audience(claims),
        exp=_int(claims, "exp") or 0, iat=_int(claims, "iat"), nonce=_str(claims, "nonce"),
        at_hash=_str(claims, "at_hash"), auth_time=_int(claims, "auth_time"), name=_str(claims, "name"),
        nickname=_str(claims, "nickname"), preferred_username=_str(claims, "preferred_username"),
        email=_str(claims, "email"), email_verified=_bool(claims, "email_verified"),
        phone_number=_str(claims, "phone_number"), phone_number_verified=_bool(claims, "phone_number_verified"),
        picture=_str(claims, "picture"), claims=dict(claims),
    )


def _algorithm(token: object, allowed: tuple[str, ...]) -> str:
    """The header's ``alg``, refused unless in ``allowed`` (checked before any key is used)."""
    jwt = _offline._import_jwt()
    if not isinstance(token, str) or token.count(".") != 2:
        raise TokenVerificationError("token is not a compact JWS (header.payload.signature)", reason="malformed")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise TokenVerificationError("token header cannot be decoded", reason="malformed") from None
    alg = header.get("alg")
    if alg not in allowed:
        raise TokenVerificationError(
            f"token algorithm {alg!r} is not allowed; accepted: {', '.join(allowed)}", reason="alg")
    return str(alg)


async def verify_token(
    token: str,
    *,
    cache: _offline.JwksCache | None,
    server_jwks: Mapping[str, Any] | None,
    audience: str,
    issuer: str,
    leeway: float,
    app_secret: str | None = None,
    allow_hs256: bool = False,
    nonce: str | None = None,
    fetch: Callable[[], Awaitable[Any]] | None = None,
    kind: str = "access",
) -> dict[str, Any]:
    """The verified claims of ``token`` (see the module docstring for the checks).

    ``allow_hs256`` admits HS256 tokens signed with ``app_secret`` (ID tokens); ``nonce``, when
    given, must equal the token's ``nonce`` claim. ``kind`` is ``"access"`` or ``"id"``: the kind of
    token the caller expects (see the module docstring).
    """
    alg = _algorithm(token, (_RS256, _HS256) if allow_hs256 else (_RS256,))
    if alg == _HS256:
        if not app_secret:
            raise TokenVerificationError("token is signed with HS256 but the client has no app_secret to check it",
                                         reason="key")
        claims = _offline.verify_signed(token, app_secret.encode("utf-8"), _HS256, audience=audience,
                                        issuer=issuer, leeway=leeway)
    else:
        claims = await _offline.verify_with_cache(token, cache, server_jwks, audience=audience, issuer=issuer,
                                                  leeway=leeway, fetch=fetch)
    _check_kind(claims, kind, audience)
    if nonce is not None:
        got = claims.get("nonce")
        if not isinstance(got, str) or not same_text(got, nonce):
            raise TokenVerificationError("token nonce is not the one sent with the login request",
                                         reason="nonce", claim="nonce")
    return claims


#: Claims only an ID token carries (OIDC Core 2, 3.1.3.6), and only an access token.
_ID_ONLY = ("nonce", "at_hash")
_ACCESS_ONLY = ("scope",)


def _check_kind(claims: Mapping[str, Any], kind: str, audience: str) -> None:
    """Refuse a token of the other kind, and a several-audience token not authorized for us."""
    if kind == "access":
        found = next((c for c in _ID_ONLY if c in claims), None)
        if found is not None:
            raise TokenVerificationError(f"token carries {found!r}: it is an ID token, not an access token",
                                         reason="token_type", claim=found)
    else:
        found = next((c for c in _ACCESS_ONLY if c in claims), None)
        if found is not None:
            raise TokenVerificationError(f"token carries {found!r}: it is an access token, not an ID token",
                                         reason="token_type", claim=found)
    aud = claims.get("aud")
    if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != audience:
        raise TokenVerificationError("token is for several audiences and its azp does not name this application",
                                     reason="aud", claim="azp")
