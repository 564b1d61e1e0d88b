"""OIDC/OAuth 2.0 provider endpoints, unwrapped (raw protocol JSON, real HTTP statuses).

Logging in is non-interactive for tests: ``/oidc/auth`` accepts ``login_hint`` (an email,
username, phone or user id) or the ``x-genauth-emulator-user`` header and redirects straight back
with a code; without either it serves a small HTML form that posts account + password.
In-process, ``Emulator.authorize(...)`` returns a code directly.
"""

from __future__ import annotations

import html
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from aiohttp import web

from genauth_async.testing import inputs
from genauth_async.testing._wire import ProtocolError, json_response
from genauth_async.testing.resources.applications import may_access
from genauth_async.testing.resources.auth import basic_credentials, client_authenticated
from genauth_async.testing.resources.users import check_password, find_user
from genauth_async.testing.routing import Router, emulator_of
from genauth_async.testing.tokens import TokenError, pkce_matches

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

CODE_TTL = 600
_AUTH_PARAMS = ("client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge",
                "code_challenge_method", "response_mode")


def _app(emu: Emulator, client_id: Any) -> dict[str, Any]:
    app = emu.store.applications.get(client_id if isinstance(client_id, str) else None)
    if app is None:
        raise ProtocolError("invalid_client", "unknown client_id", 401)
    return app


def lookup_user(emu: Emulator, hint: str) -> dict[str, Any] | None:
    return (
        emu.store.users.get(hint)
        or find_user(emu, hint, "email")
        or find_user(emu, hint, "username")
        or find_user(emu, hint, "phone")
    )


def issue_code(
    emu: Emulator,
    client_id: str,
    user_id: str,
    redirect_uri: str | None,
    scope: str = "openid profile",
    nonce: str | None = None,
    code_challenge: str | None = None,
    code_challenge_method: str | None = None,
) -> str:
    app = _app(emu, client_id)
    if redirect_uri is not None:
        registered_redirect(app, redirect_uri)
    if user_id not in emu.store.users:
        raise ProtocolError("access_denied", "unknown user")
    if code_challenge_method and code_challenge_method not in ("S256", "plain"):
        raise ProtocolError("invalid_request", "code_challenge_method must be S256 or plain")
    code = secrets.token_urlsafe(24)
    emu.store.codes.put(
        code,
        {
            "clientId": client_id,
            "userId": user_id,
            "redirectUri": redirect_uri,
            "scope": scope,
            "nonce": nonce,
            "challenge": code_challenge,
            "method": code_challenge_method or ("plain" if code_challenge else None),
            "exp": emu.now() + CODE_TTL,
        },
    )
    return code


def registered_redirect(app: dict[str, Any], redirect_uri: str | None) -> str:
    """Where an authorization answer may go: exactly one of the application's ``redirectUris``.

    Without ``redirect_uri`` in the request, the first registered one. An application with none
    registered cannot be sent anything: refusing there (instead of trusting the caller's URI) is
    what keeps the authorize endpoint from being an open redirect.
    """
    uris = [uri for uri in app.get("redirectUris") or [] if isinstance(uri, str) and uri]
    if not uris:
        raise ProtocolError("invalid_request", "the application has no registered redirect URI (set its redirectUris)")
    if not redirect_uri:
        return uris[0]
    if redirect_uri not in uris:
        raise ProtocolError("invalid_request", "redirect_uri is not registered for this application")
    return redirect_uri


def _redirect(uri: str, params: dict[str, Any], mode: str | None = None) -> web.StreamResponse:
    clean = {k: v for k, v in params.items() if v is not None}
    sep = "#" if mode == "fragment" else ("&" if "?" in uri else "?")
    raise web.HTTPFound(f"{uri}{sep}{urlencode(clean)}")


async def authorize(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    params = await inputs.form(request)
    app = _app(emu, params.get("client_id"))
    redirect_uri = registered_redirect(app, params.get("redirect_uri"))  # before anything can redirect
    if params.get("response_type", "code") != "code":
        raise ProtocolError("unsupported_response_type", "the emulator issues authorization codes only")
    hint = params.get("login_hint") or request.headers.get("x-genauth-emulator-user")
    user = None
    if hint:
        user = lookup_user(emu, hint)
        if user is None:
            raise ProtocolError("access_denied", f"login_hint {hint!r} names no user")
    elif request.method == "POST" and "password" in params:
        user = lookup_user(emu, params.get("account", ""))
        if user is None or not check_password(emu, user["userId"], params["password"]):
            return _login_form(params, "Account not exists or password is incorrect.")
    else:
        return _login_form(params)
    if not may_access(emu, app, user):
        return _redirect(redirect_uri, {"error": "access_denied", "state": params.get("state")}, params.get("response_mode"))
    code = issue_code(
        emu,
        app["appId"],
        user["userId"],
        params.get("redirect_uri"),
        params.get("scope") or "openid profile email phone address",
        params.get("nonce"),
        params.get("code_challenge"),
        params.get("code_challenge_method"),
    )
    return _redirect(redirect_uri, {"code": code, "state": params.get("state")}, params.get("response_mode"))


def _login_form(params: dict[str, str], error: str = "") -> web.StreamResponse:
    hidden = "".join(
        f'<input type="hidden" name="{k}" value="{html.escape(params[k])}">' for k in _AUTH_PARAMS if params.get(k)
    )
    notice = f"<p>{html.escape(error)}</p>" if error else ""
    page = (
        "<!doctype html><title>GenAuth emulator login</title>"
        f'{notice}<form method="post" action="auth">{hidden}'
        '<input name="account" placeholder="email / username / phone">'
        '<input name="password" type="password"><button>Sign in</button></form>'
    )
    return web.Response(text=page, content_type="text/html")


def _client(emu: Emulator, request: web.Request, form: dict[str, str]) -> dict[str, Any]:
    header = request.headers.get("authorization", "")
    basic = basic_credentials(header)
    client_id = basic[0] if basic else form.get("client_id")
    app = _app(emu, client_id)
    if not client_authenticated(emu, app, header, form.get("client_id"), form.get("client_secret")):
        raise ProtocolError("invalid_client", "client authentication failed", 401)
    return app


async def token(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    form = await inputs.form(request)
    grant = form.get("grant_type")
    if grant == "client_credentials":
        return _client_credentials(emu, request, form)
    app = _client(emu, request, form)
    if grant == "authorization_code":
        code = form.get("code") or ""
        record = emu.store.codes.delete(code)  # single use, even when the exchange fails
        if record is None or record["exp"] < emu.now() or record["clientId"] != app["appId"]:
            raise ProtocolError("invalid_grant", "authorization code is invalid or expired")
        if record.get("redirectUri") and form.get("redirect_uri") != record["redirectUri"]:
            raise ProtocolError("invalid_grant", "redirect_uri does not match the authorization request")
        if record.get("challenge"):
            verifier = form.get("code_verifier")
            if not verifier or not pkce_matches(verifier, record["challenge"], record["method"] or "plain"):
                raise ProtocolError("invalid_grant", "PKCE verification failed")
        user = emu.store.users.get(record["userId"])
        if user is None:
            raise ProtocolError("invalid_grant", "the user no longer exists")
        scope = record["scope"]
        tokens = emu.issue_user_tokens(app, user, scope, record.get("nonce"), refresh="offline_access" in scope.split())
    elif grant == "refresh_token":
        rt = form.get("refresh_token") or ""
        stored = emu.store.refresh_tokens.get(rt)
        if stored is None or stored["exp"] < emu.now() or stored["appId"] != app["appId"] or rt in emu.store.revoked:
            raise ProtocolError("invalid_grant", "refresh token is invalid, expired or revoked")
        user = emu.store.users.get(stored["userId"])
        if user is None:
            raise ProtocolError("invalid_grant", "the user no longer exists")
        tokens = emu.issue_user_tokens(app, user, stored["scope"], refresh=False)
        tokens["refresh_token"] = rt
    else:
        raise ProtocolError("unsupported_grant_type", f"grant_type {grant!r} is not supported")
    tokens.pop("expire_in", None)
    return json_response(tokens, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def _client_credentials(emu: Emulator, request: web.Request, form: dict[str, str]) -> web.StreamResponse:
    basic = basic_credentials(request.headers.get("authorization", ""))
    client_id, client_secret = basic if basic else (form.get("client_id", ""), form.get("client_secret", ""))
    ok = client_id == emu.access_key_id and client_secret == emu.access_key_secret
    if not ok:
        secret_doc = emu.store.app_secrets.get(client_id)
        ok = secret_doc is not None and secret_doc["secret"] == client_secret
    if not ok:
        raise ProtocolError("invalid_client", "client authentication failed", 401)
    issued = int(emu.now())
    scope = form.get("scope", "")
    access = emu.rsa.sign(
        {
            "jti": secrets.token_hex(12),
            "sub": client_id,
            "client_id": client_id,
            "iat": issued,
            "exp": issued + emu.token_ttl,
            "scope": scope,
            "iss": emu.issuer,
            "aud": client_id,
        }
    )
    body = {"access_token": access, "token_type": "Bearer", "expires_in": emu.token_ttl, "scope": scope}
    return json_response(body, headers={"Cache-Control": "no-store"})


async def userinfo(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    header = request.headers.get("authorization", "")
    raw = header[7:].strip() if header[:7].lower() == "bearer " else ""
    if not raw:
        form = await inputs.form(request)
        raw = form.get("access_token", "")
    try:
        claims = emu.verify_user_token(raw)
    except TokenError as exc:
        raise ProtocolError("invalid_token", str(exc), 401) from None
    user = emu.store.users.get(str(claims.get("sub")))
    if user is None:
        raise ProtocolError("invalid_token", "the token's subject no longer exists", 401)
    info: dict[str, Any] = {"sub": user["userId"]}
    for claim, field in (
        ("name", "name"), ("nickname", "nickname"), ("preferred_username", "username"), ("picture", "photo"),
        ("email", "email"), ("email_verified", "emailVerified"), ("phone_number", "phone"),
        ("phone_number_verified", "phoneVerified"), ("updated_at", "updatedAt"),
    ):
        if user.get(field) is not None:
            info[claim] = user[field]
    return json_response(info)


async def introspect(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    form = await inputs.form(request)
    _client(emu, request, form)
    value = form.get("token", "")
    stored = emu.store.refresh_tokens.get(value)
    if stored is not None:
        active = stored["exp"] >= emu.now() and value not in emu.store.revoked
        if not active:
            return json_response({"active": False})
        return json_response(
            {"active": True, "token_type": "refresh_token", "sub": stored["userId"], "client_id": stored["appId"],
             "scope": stored["scope"], "exp": int(stored["exp"]), "iss": emu.issuer}
        )
    try:
        claims = emu.verify_user_token(value)
    except TokenError:
        return json_response({"active": False})
    return json_response({"active": True, "token_type": "access_token", "client_id": claims.get("aud"), **claims})


async def mfa_introspect(request: web.Request) -> web.StreamResponse:
    """``POST /mfa/token/introspection`` (form ``token``): the raw ``MfaTokenIntrospectResponse``, not
    an envelope. The emulator issues no separate MFA tokens, so a live token it issued counts as
    one (active, with its user and times); anything else is ``{"active": false}``."""
    emu = emulator_of(request)
    value = (await inputs.form(request)).get("token", "")
    try:
        claims = emu.verify_user_token(value)
    except TokenError:
        return json_response({"active": False})
    answer: dict[str, Any] = {"active": True, "userPoolId": emu.user_pool_id, "userId": claims.get("sub")}
    answer.update({k: int(claims[k]) for k in ("exp", "iat") if isinstance(claims.get(k), (int, float))})
    return json_response(answer)


async def revoke(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    form = await inputs.form(request)
    _client(emu, request, form)
    value = form.get("token", "")
    if value in emu.store.refresh_tokens:
        emu.store.revoked.put(value, {"at": emu.now()})
    else:
        try:
            claims = emu.rsa.verify(value, emu.now())
        except TokenError:
            claims = {}
        if claims.get("jti"):
            emu.store.revoked.put(str(claims["jti"]), {"at": emu.now()})
    return web.Response(status=200)  # RFC 7009: 200 whether or not the token was known


async def jwks(request: web.Request) -> web.StreamResponse:
    return json_response({"keys": [emulator_of(request).rsa.jwk]})


async def discovery(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    iss = emu.issuer
    return json_response(
        {
            "issuer": iss,
            "authorization_endpoint": f"{iss}/auth",
            "token_endpoint": f"{iss}/token",
            "userinfo_endpoint": f"{iss}/me",
            "jwks_uri": f"{iss}/.well-known/jwks.json",
            "introspection_endpoint": f"{iss}/token/introspection",
            "revocation_endpoint": f"{iss}/token/revocation",
            "end_session_endpoint": f"{iss}/session/end",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "fragment"],
            "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic", "none"],
            "code_challenge_methods_supported": ["S256", "plain"],
            "scopes_supported": ["openid", "profile", "email", "phone", "address", "offline_access"],
            "claims_supported": ["sub", "name", "nickname", "preferred_username", "picture", "email",
                                 "email_verified", "phone_number", "phone_number_verified"],
        }
    )


def _logout_error(message: str) -> web.StreamResponse:
    page = f"<!doctype html><title>Sign-out failed</title><p>{html.escape(message)}</p>"
    return web.Response(status=400, text=page, content_type="text/html")


async def end_session(request: web.Request) -> web.StreamResponse:
    """RP-initiated logout. An ``id_token_hint`` must be an ID token this emulator issued (expired
    ones are accepted, as OIDC RP-Initiated Logout allows) for an existing application, and match
    ``client_id`` when both are given. A ``post_logout_redirect_uri`` is followed only when it is
    one of the ``logoutRedirectUris`` of the application named by the hint (or, without a hint, by
    ``client_id``). Failures get a 400 error page, no redirect."""
    emu = emulator_of(request)
    params = await inputs.form(request)
    hint = params.get("id_token_hint")
    target = params.get("post_logout_redirect_uri")
    client_id = params.get("client_id")
    app: dict[str, Any] | None = None
    if hint:
        try:
            claims = emu.rsa.verify(hint, emu.now(), check_exp=False)
        except TokenError as exc:
            return _logout_error(f"id_token_hint is not a valid ID token of this issuer: {exc}")
        if claims.get("iss") != emu.issuer or "at_hash" not in claims or "scope" in claims:
            return _logout_error("id_token_hint is not an ID token issued by this provider")
        app = emu.store.applications.get(str(claims.get("aud")))
        if app is None:
            return _logout_error("id_token_hint was issued for an application that does not exist")
        if client_id and client_id != app["appId"]:
            return _logout_error("id_token_hint was not issued for client_id")
    elif client_id:
        app = emu.store.applications.get(client_id)
        if app is None:
            return _logout_error("client_id names no application")
    if not target:
        return web.Response(text="<!doctype html><title>Signed out</title><p>Signed out.</p>", content_type="text/html")
    if app is None:
        return _logout_error("post_logout_redirect_uri needs id_token_hint (or client_id) to name the application "
                             "it is registered for")
    if target not in (app.get("logoutRedirectUris") or []):
        return _logout_error("post_logout_redirect_uri is not registered for this application")
    state = params.get("state")
    raise web.HTTPFound(target + (("&" if "?" in target else "?") + urlencode({"state": state}) if state else ""))


def register(router: Router) -> None:
    for base in ("/oidc", "/oauth"):
        router.raw(("GET", "POST"), f"{base}/auth", authorize)
        router.raw(("POST",), f"{base}/token", token)
        router.raw(("GET", "POST"), f"{base}/me", userinfo)
        router.raw(("POST",), f"{base}/token/introspection", introspect)
        router.raw(("POST",), f"{base}/token/revocation", revoke)
    router.raw(("POST",), "/mfa/token/introspection", mfa_introspect)
    router.raw(("GET",), "/oidc/.well-known/jwks.json", jwks)
    router.raw(("GET",), "/oidc/.well-known/openid-configuration", discovery)
    router.raw(("GET",), "/.well-known/openid-configuration", discovery)
    router.raw(("GET", "POST"), "/oidc/session/end", end_session)
