"""Server-side login and logout redirects (Node's ``loginWithRedirect``, ``handleRedirectCallback``,
``logoutWithRedirect``), without cookies of ours.

The Node helpers wrote the login transaction (state, nonce) into a cookie of their own and then
checked only ``state``: no PKCE, no nonce check of the ID token, and the ID token was not verified
at all. Here the application decides where the transaction lives, because only it knows its
session mechanism:

* returned: :func:`begin_login` gives a :class:`LoginRedirect` (the URL to send the browser to,
  and the :class:`LoginTransaction` to keep); the caller stores the transaction (its
  :meth:`LoginTransaction.to_json` fits a session) and hands it back on the callback;
* stored: with a :class:`TransactionStorage` (any object with ``get``/``set``/``delete``, sync
  or async), the transaction is saved under a key derived from ``state`` and taken back (read
  once, then deleted) on the callback, so several logins in flight do not overwrite each other
  and a replayed callback finds nothing.

Every login carries a fresh ``state`` (CSRF), ``nonce`` (ID-token replay) and, for OIDC, a PKCE
verifier (S256), all from ``secrets``. The callback is refused before any request when the
server reports an error, the code is missing, or ``state`` is not the one kept.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Protocol, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

import attrs

from ..errors import GenAuthError, ResponseFormatError, ValidationError
from . import pkce as _pkce
from . import urls as _urls
from .jwt_parse import IDTokenClaims, same_text

if TYPE_CHECKING:
    from ..types import TokenSet

__all__ = [
    "LoginTransaction",
    "LoginRedirect",
    "LoginResult",
    "TransactionStorage",
    "RedirectCallbackError",
    "STORAGE_KEY_PREFIX",
    "begin_login",
    "callback_params",
    "check_callback",
    "check_state",
    "storage_key",
    "store",
    "take",
    "login_result",
]

#: Prefix of the storage keys (``storage_key(state)``): one entry per login in flight.
STORAGE_KEY_PREFIX = "genauth.login."

_T = TypeVar("_T")
#: A callback given as an absolute URL (scheme://...), as opposed to a bare query string.
_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


class RedirectCallbackError(GenAuthError):
    """The redirect callback cannot complete a login. ``reason`` is one of: ``error`` (the server
    answered with ``error``; see ``error`` and ``error_description``), ``code`` (no code),
    ``state`` (missing, or not the state of the login that was started), ``transaction`` (no
    login transaction kept for this state: expired, already used, or never started here).

    Raised before any request is sent; the message never contains the code or the state.
    """

    def __init__(self, message: str, *, reason: str, error: str | None = None,
                 error_description: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.error = error
        self.error_description = error_description

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, self.reason, self.error, self.error_description))


def _rebuild(cls: type[RedirectCallbackError], message: str, reason: str, error: str | None,
             error_description: str | None) -> RedirectCallbackError:
    return cls(message, reason=reason, error=error, error_description=error_description)


@attrs.frozen(kw_only=True)
class LoginTransaction:
    """What a login must remember until its callback: ``state``, ``nonce``, the PKCE
    ``code_verifier`` (None for OAuth) and the ``redirect_uri`` the code is bound to.

    The verifier is a secret: it is left out of ``repr``. Keep the transaction server-side, in
    the browser's session; ``to_json``/``from_json`` make it a string for that.
    """

    state: str
    nonce: str | None
    redirect_uri: str | None
    code_verifier: str | None = attrs.field(default=None, repr=False)

    def to_json(self) -> str:
        """The transaction as a JSON string (for a session or any key-value store)."""
        return json.dumps(attrs.asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> LoginTransaction:
        """The transaction ``to_json`` wrote; ``RedirectCallbackError`` (``transaction``) when the
        text is not one."""
        try:
            data = json.loads(text)
            fields = {name: data.get(name) for name in ("state", "nonce", "redirect_uri", "code_verifier")}
            if not isinstance(fields["state"], str) or not all(
                v is None or isinstance(v, str) for v in fields.values()
            ):
                raise ValueError("bad field")
        except (ValueError, TypeError, AttributeError):
            raise RedirectCallbackError("the kept login transaction cannot be read",
                                        reason="transaction") from None
        return cls(**fields)


@attrs.frozen(kw_only=True)
class LoginRedirect:
    """Where to send the browser (``url``, answer 302 with it as ``Location``) and the
    ``transaction`` to keep for the callback (already stored when a storage was given)."""

    url: str
    transaction: LoginTransaction

    @property
    def state(self) -> str:
        return self.transaction.state

    @property
    def nonce(self) -> str | None:
        return self.transaction.nonce


@attrs.frozen(kw_only=True)
class LoginResult:
    """A completed login: its tokens, and the verified ID-token claims when they were checked.

    Tokens are left out of ``repr``; ``raw`` is the token endpoint's answer as it came (the
    ``TokenSet`` that ``get_access_token_by_code`` returns).
    """

    access_token: str = attrs.field(repr=False)
    token_type: str | None = None
    expires_in: int | None = None
    scope: str | None = None
    id_token: str | None = attrs.field(default=None, repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    id_token_claims: IDTokenClaims | None = None
    raw: TokenSet = attrs.field(factory=lambda: cast("TokenSet", {}), repr=False)


class TransactionStorage(Protocol):
    """Where login transactions wait for their callback: the browser's own session (or a cache
    keyed by it), never a store all users share, whose state check would then prove nothing
    about which browser started the login.

    Each method may be plain or ``async``; the helpers await what returns an awaitable. Values
    are strings (``LoginTransaction.to_json``); ``get`` returns None for a missing key.
    """

    def get(self, key: str) -> str | None | Awaitable[str | None]: ...

    def set(self, key: str, value: str) -> object: ...

    def delete(self, key: str) -> object: ...


async def _maybe_await(value: _T | Awaitable[_T]) -> _T:
    if inspect.isawaitable(value):
        return await value
    return value


def storage_key(state: str) -> str:
    """The storage key of the login whose ``state`` this is."""
    return STORAGE_KEY_PREFIX + state


def begin_login(
    protocol: str,
    app_host: str,
    app_id: str,
    *,
    redirect_uri: str | None,
    scope: str | None = None,
    state: str | None = None,
    nonce: str | None = None,
    forced: bool = False,
) -> LoginRedirect:
    """A fresh login: the authorize URL and its transaction (state, nonce, and for OIDC a PKCE
    S256 verifier). ``forced`` asks the server to show the login page even to a signed-in user."""
    state = state or _urls.random_state()
    if protocol == "oidc":
        nonce = nonce or _urls.random_state()
        fresh = _pkce.generate_code_verifier(64)
        url = _urls.oidc_authorize_url(
            app_host, app_id, redirect_uri, state=state, nonce=nonce, scope=scope,
            code_challenge=_pkce.code_challenge(fresh, "S256"), code_challenge_method="S256",
        )
        verifier: str | None = fresh
    elif protocol == "oauth":
        nonce, verifier = None, None
        url = _urls.oauth_authorize_url(app_host, app_id, redirect_uri, state=state, scope=scope)
    else:
        raise ValidationError("login_with_redirect needs protocol oidc or oauth (a code flow)", param="protocol")
    if forced:
        url = _with_prompt(url, "login")
    return LoginRedirect(url=url, transaction=LoginTransaction(state=state, nonce=nonce, redirect_uri=redirect_uri,
                                                               code_verifier=verifier))


def _with_prompt(url: str, prompt: str) -> str:
    """``url`` with ``prompt`` set (replacing the ``consent`` an ``offline_access`` scope adds)."""
    parts = urlsplit(url)
    params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "prompt"}
    return _urls.with_query(parts._replace(query="").geturl(), {**params, "prompt": prompt})


async def store(storage: TransactionStorage, transaction: LoginTransaction) -> None:
    """Keep ``transaction`` in ``storage`` under its state's key."""
    await _maybe_await(storage.set(storage_key(transaction.state), transaction.to_json()))


def callback_params(callback: str | Mapping[str, str]) -> dict[str, str]:
    """The callback's query parameters, from the full callback URL, its query string (with or
    without ``?``), or a mapping a web framework already parsed."""
    if isinstance(callback, Mapping):
        return {str(k): v for k, v in callback.items() if isinstance(v, str)}
    if not isinstance(callback, str):
        raise ValidationError("callback must be the callback URL, its query string or a mapping",
                              param="callback")
    text = callback.strip()
    if _URL_START.match(text) or text.startswith("/"):  # a URL; else a query string ("://" may be in a value)
        text = urlsplit(text).query
    return dict(parse_qsl(text.lstrip("?"), keep_blank_values=True))


def check_callback(params: Mapping[str, str]) -> tuple[str, str]:
    """(code, state) of a successful callback; ``RedirectCallbackError`` otherwise."""
    error = params.get("error")
    if error:
        description = params.get("error_description")
        raise RedirectCallbackError(
            f"the authorization server answered error {error!r}" + (f": {description}" if description else ""),
            reason="error", error=error, error_description=description,
        )
    code = params.get("code")
    if not code:
        raise RedirectCallbackError("the callback carries no authorization code", reason="code")
    state = params.get("state")
    if not state:
        raise RedirectCallbackError("the callback carries no state", reason="state")
    return code, state


async def take(storage: TransactionStorage, state: str) -> LoginTransaction:
    """The transaction kept for ``state``, removed from ``storage`` (a login completes once)."""
    key = storage_key(state)
    text = await _maybe_await(storage.get(key))
    if text is None:
        raise RedirectCallbackError("no login transaction is kept for this state (expired, already used, "
                                    "or not started here)", reason="transaction")
    await _maybe_await(storage.delete(key))
    return LoginTransaction.from_json(text)


def check_state(transaction: LoginTransaction, state: str) -> None:
    """``RedirectCallbackError`` (``state``) unless the callback's ``state`` is the transaction's
    (compared in constant time)."""
    if not same_text(transaction.state, state):
        raise RedirectCallbackError("the callback's state is not the state of the login that was started",
                                    reason="state")


def _opt_str(answer: Mapping[str, object], name: str) -> str | None:
    value = answer.get(name)
    return value if isinstance(value, str) else None


def login_result(answer: TokenSet, claims: IDTokenClaims | None) -> LoginResult:
    """The token endpoint's answer as a :class:`LoginResult`."""
    if not isinstance(answer.get("access_token"), str):
        raise ResponseFormatError("token endpoint: no access_token in the answer", http_status=200)
    expires = answer.get("expires_in")
    return LoginResult(
        access_token=str(answer["access_token"]), token_type=_opt_str(answer, "token_type"),
        expires_in=int(expires) if isinstance(expires, (int, float)) and not isinstance(expires, bool) else None,
        scope=_opt_str(answer, "scope"), id_token=_opt_str(answer, "id_token"),
        refresh_token=_opt_str(answer, "refresh_token"), id_token_claims=claims, raw=answer,
    )
