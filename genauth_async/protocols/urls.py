"""Pure URL builders for sign-in and sign-out redirects (no I/O, so plain functions everywhere).

Differences from the official SDK, all deliberate:

* every value is URL-encoded (the official logout and CAS builders pasted raw values, so a
  redirect URI with its own query string produced a broken URL);
* ``None`` values are left out (the official builders sent ``redirect_uri=None`` literally when no
  redirect URI was configured);
* ``state`` and ``nonce`` come from ``secrets`` (the official ones came from ``random``);
* the OIDC logout URL carries ``state`` when one is given (the official SDK accepted and dropped it).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from urllib.parse import quote, urlencode

from ..errors import ValidationError

__all__ = [
    "random_state",
    "with_query",
    "oidc_authorize_url",
    "oauth_authorize_url",
    "saml_authorize_url",
    "cas_authorize_url",
    "authorize_url",
    "oidc_logout_url",
    "cas_logout_url",
    "easy_logout_url",
    "logout_url",
]

_OIDC_DEFAULT_SCOPE = "openid profile email phone address"
_OAUTH_DEFAULT_SCOPE = "user"


def random_state() -> str:
    """An unguessable value for ``state`` / ``nonce`` (CSRF and replay protection depend on it)."""
    return secrets.token_urlsafe(16)


def with_query(base: str, params: Mapping[str, str | None]) -> str:
    """``base`` plus the non-None ``params``, URL-encoded (``%20`` for spaces, as browsers expect)."""
    clean = [(k, v) for k, v in params.items() if v is not None]
    if not clean:
        return base
    sep = "&" if "?" in base else "?"
    return base + sep + urlencode(clean, quote_via=quote)


def _host(app_host: str) -> str:
    if not app_host:
        raise ValidationError("app_host is required to build a URL", param="app_host")
    return app_host.rstrip("/")


def oidc_authorize_url(
    app_host: str,
    app_id: str,
    redirect_uri: str | None = None,
    response_type: str | None = None,
    response_mode: str | None = None,
    state: str | None = None,
    nonce: str | None = None,
    scope: str | None = None,
    code_challenge_method: str | None = None,
    code_challenge: str | None = None,
    *,
    tenant_id: str | None = None,
    forced: bool | None = None,
) -> str:
    """``{app_host}/oidc/auth?...``; ``prompt=consent`` is added for ``offline_access`` (needed for a refresh token).

    ``tenant_id`` signs in to that tenant of the user pool (sent as ``tenantId``, the Node SDK's
    name); ``forced`` sends ``prompt=login`` so the login page shows even for a signed-in user
    (it takes precedence over ``consent``, as in the Node SDK).
    """
    scope = scope or _OIDC_DEFAULT_SCOPE
    params: dict[str, str | None] = {
        "client_id": app_id,
        "redirect_uri": redirect_uri,
        "response_type": response_type or "code",
        "response_mode": response_mode,
        "scope": scope,
        "state": state or random_state(),
        "nonce": nonce or random_state(),
        "code_challenge": code_challenge,
        "code_challenge_method": code_challenge_method,
        "tenantId": tenant_id,
    }
    if forced:
        params["prompt"] = "login"
    elif "offline_access" in scope.split():
        params["prompt"] = "consent"
    return with_query(f"{_host(app_host)}/oidc/auth", params)


def oauth_authorize_url(
    app_host: str,
    app_id: str,
    redirect_uri: str | None = None,
    response_type: str | None = None,
    state: str | None = None,
    scope: str | None = None,
) -> str:
    """``{app_host}/oauth/auth?...`` (OAuth 2.0: ``code`` or ``token`` only, default scope ``user``)."""
    response_type = response_type or "code"
    if response_type not in ("code", "token"):
        raise ValidationError("response_type must be code or token", param="response_type")
    params: dict[str, str | None] = {
        "client_id": app_id,
        "redirect_uri": redirect_uri,
        "response_type": response_type,
        "scope": scope or _OAUTH_DEFAULT_SCOPE,
        "state": state or random_state(),
    }
    return with_query(f"{_host(app_host)}/oauth/auth", params)


def saml_authorize_url(app_host: str, app_id: str) -> str:
    """The SAML IdP entry point of the application."""
    return f"{_host(app_host)}/api/v2/saml-idp/{quote(app_id, safe='')}"


def cas_authorize_url(app_host: str, app_id: str, service: str | None = None) -> str:
    """The CAS login URL; ``service`` is where CAS sends the browser back with a ticket."""
    return with_query(f"{_host(app_host)}/cas-idp/{quote(app_id, safe='')}", {"service": service})


def authorize_url(
    protocol: str,
    app_host: str,
    app_id: str,
    *,
    redirect_uri: str | None = None,
    response_type: str | None = None,
    response_mode: str | None = None,
    state: str | None = None,
    nonce: str | None = None,
    scope: str | None = None,
    code_challenge_method: str | None = None,
    code_challenge: str | None = None,
    service: str | None = None,
    tenant_id: str | None = None,
    forced: bool | None = None,
) -> str:
    """Dispatch on ``protocol`` (oidc, oauth, saml, cas) like the official ``build_authorize_url``.

    ``tenant_id`` and ``forced`` exist in the OIDC URL only; for another protocol they are refused
    rather than dropped (the Node SDK ignores them silently, so the caller never learns).
    """
    if protocol == "oidc":
        return oidc_authorize_url(
            app_host, app_id, redirect_uri, response_type, response_mode, state, nonce, scope,
            code_challenge_method, code_challenge, tenant_id=tenant_id, forced=forced,
        )
    if tenant_id is not None or forced:
        raise ValidationError("tenant_id and forced apply to the OIDC authorize URL only",
                              param="tenant_id" if tenant_id is not None else "forced")
    if protocol == "oauth":
        return oauth_authorize_url(app_host, app_id, redirect_uri, response_type, state, scope)
    if protocol == "saml":
        return saml_authorize_url(app_host, app_id)
    if protocol == "cas":
        return cas_authorize_url(app_host, app_id, service)
    raise ValidationError("protocol must be oidc, oauth, saml or cas", param="protocol")


def oidc_logout_url(
    app_host: str, redirect_uri: str | None = None, id_token: str | None = None, state: str | None = None
) -> str:
    """RP-initiated logout. As in the official SDK, a redirect needs the ID token (and vice versa):
    the provider only honours ``post_logout_redirect_uri`` when ``id_token_hint`` proves who asks."""
    base = f"{_host(app_host)}/oidc/session/end"
    if bool(redirect_uri) != bool(id_token):
        raise ValidationError("must pass redirect_uri and id_token together", param="id_token")
    if not redirect_uri:
        return base
    return with_query(base, {"id_token_hint": id_token, "post_logout_redirect_uri": redirect_uri, "state": state})


def cas_logout_url(app_host: str, redirect_uri: str | None = None) -> str:
    return with_query(f"{_host(app_host)}/cas-idp/logout", {"url": redirect_uri})


def easy_logout_url(app_host: str, redirect_uri: str | None = None) -> str:
    return with_query(f"{_host(app_host)}/login/profile/logout", {"redirect_uri": redirect_uri})


def logout_url(
    protocol: str,
    app_host: str,
    *,
    redirect_uri: str | None = None,
    id_token: str | None = None,
    state: str | None = None,
) -> str:
    """Dispatch like the official ``build_logout_url``: OIDC, CAS, or the hosted-login logout for the rest."""
    if protocol == "oidc":
        return oidc_logout_url(app_host, redirect_uri, id_token, state)
    if protocol == "cas":
        return cas_logout_url(app_host, redirect_uri)
    return easy_logout_url(app_host, redirect_uri)
