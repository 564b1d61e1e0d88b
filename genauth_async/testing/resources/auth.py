"""The authentication API: the management token, password sign-in/sign-up, the profile, and
account binding (facts §7). Calls carry ``x-genauth-app-id``; the user's token travels raw in
``authorization``.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from genauth_async.testing._wire import ApiError, ProtocolError
from genauth_async.testing.resources.applications import may_access, token_auth_method
from genauth_async.testing.resources.extidp import SOCIAL, link, unlink
from genauth_async.testing.resources.users import check_password, find_user, identities_of, new_user, present
from genauth_async.testing.routing import Ctx, Router, emulator_of
from genauth_async.testing.tokens import TokenError

_LOGIN_FIELDS = ("email", "phone", "username", "account")


async def get_management_token(ctx: Ctx) -> Any:
    emu = ctx.emu
    key_id = ctx.body.get("accessKeyId")
    key_secret = ctx.body.get("accessKeySecret")
    if not key_id:
        raise ApiError(400, "accessKeyId is required; accessKeyId should not be empty")
    if not key_secret:
        raise ApiError(400, "accessKeySecret is required; accessKeySecret should not be empty")
    if not (
        isinstance(key_id, str)
        and isinstance(key_secret, str)
        and hmac.compare_digest(key_id, emu.access_key_id)
        and hmac.compare_digest(key_secret, emu.access_key_secret)
    ):
        raise ApiError(401, "Invalid accessKeyId or accessKeySecret")
    return emu.issue_management_token()


def basic_credentials(header: str) -> tuple[str, str] | None:
    if header[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


def client_authenticated(ctx_emu: Any, app: dict[str, Any], header: str, client_id: Any, client_secret: Any) -> bool:
    """Whether the caller proved it is ``app``, in any of the three token-endpoint auth methods.

    A presented secret must be right even when the app would accept none; otherwise a public
    client (method ``none``) needs nothing.
    """
    secret = ctx_emu.store.app_secrets.get(app["appId"])["secret"]
    basic = basic_credentials(header)
    if basic is not None:
        return basic[0] == app["appId"] and hmac.compare_digest(basic[1], secret)
    if client_secret:
        if client_id and client_id != app["appId"]:
            return False
        return isinstance(client_secret, str) and hmac.compare_digest(client_secret, secret)
    return token_auth_method(app) == "none"


async def signin(ctx: Ctx) -> Any:
    app = ctx.app
    assert app is not None
    if not client_authenticated(
        ctx.emu, app, ctx.request.headers.get("authorization", ""), ctx.body.get("client_id"), ctx.body.get("client_secret")
    ):
        raise ApiError(401, f"Client authentication failed ({token_auth_method(app)})")
    connection = ctx.require("connection")
    if connection != "PASSWORD":
        raise ApiError(501, f"connection {connection} is not supported by the emulator; use PASSWORD")
    payload = ctx.body.get("passwordPayload")
    if not isinstance(payload, dict) or not payload.get("password"):
        raise ApiError(400, "passwordPayload.password is required")
    user = None
    for field in _LOGIN_FIELDS:
        value = payload.get(field)
        if value is None:
            continue
        if field == "account":
            user = find_user(ctx.emu, value, "email") or find_user(ctx.emu, value, "phone") or find_user(ctx.emu, value, "username")
        else:
            user = find_user(ctx.emu, value, field)
        break
    else:
        raise ApiError(400, "passwordPayload needs one of email, phone, username or account")
    if user is None or not check_password(ctx.emu, user["userId"], str(payload["password"])):
        raise ApiError(403, "Account not exists or password is incorrect.", 2333)
    if user.get("status") not in (None, "Activated"):
        raise ApiError(403, "User is locked or disabled", 2005)
    if not may_access(ctx.emu, app, user):
        raise ApiError(403, "The user is not allowed to access this application")
    options = ctx.body.get("options") if isinstance(ctx.body.get("options"), dict) else {}
    scope = str((options or {}).get("scope") or "openid profile offline_access")
    tokens = ctx.emu.issue_user_tokens(app, user, scope)
    doc = {**user, "loginsCount": int(user.get("loginsCount") or 0) + 1, "lastLoginApp": app["appId"]}
    ctx.emu.store.users.put(user["userId"], doc)
    return tokens


async def signup(ctx: Ctx) -> Any:
    connection = ctx.require("connection")
    if connection != "PASSWORD":
        raise ApiError(501, f"connection {connection} is not supported by the emulator; use PASSWORD")
    payload = ctx.body.get("passwordPayload")
    if not isinstance(payload, dict) or not payload.get("password"):
        raise ApiError(400, "passwordPayload.password is required")
    fields = {k: payload[k] for k in ("email", "username") if payload.get(k)}
    if not fields:
        raise ApiError(400, "passwordPayload needs email or username")
    profile = ctx.body.get("profile") if isinstance(ctx.body.get("profile"), dict) else {}
    user = new_user(ctx.emu, {**(profile or {}), **fields, "password": payload["password"]}, source="register")
    return present(ctx.emu, user)


async def get_profile(ctx: Ctx) -> Any:
    user = ctx.user()
    return present(ctx.emu, user, {k: ctx.query.get(k) for k in ("withCustomData", "withIdentities")})


async def update_profile(ctx: Ctx) -> Any:
    from genauth_async.testing.server import iso_now

    user = ctx.user()
    changes = {k: v for k, v in ctx.body.items() if v is not None and k not in ("userId", "email", "phone", "password")}
    doc = {**user, **changes, "updatedAt": iso_now()}
    if ctx.emu.store.users.conflicts(doc, user["userId"]) is not None:
        raise ApiError(409, "username or externalId already taken")
    return present(ctx.emu, ctx.emu.store.users.put(user["userId"], doc))


async def generate_link_extidp_url(ctx: Ctx) -> Any:
    identifier = ctx.require("ext_idp_conn_identifier")
    app_id = ctx.require("app_id")
    id_token = ctx.require("id_token")
    if app_id not in ctx.emu.store.applications:
        raise ApiError(404, f"Application {app_id} does not exist", 2011)
    if ctx.emu.store.ext_idp_conns.find("identifier", identifier) is None:
        raise ApiError(404, f"External identity source connection {identifier} does not exist")
    try:
        ctx.emu.verify_user_token(str(id_token))
    except TokenError as exc:
        raise ApiError(401, f"Invalid id_token: {exc}", 2020) from None
    query = urlencode({"app_id": app_id, "id_token": id_token})
    return {"url": f"{ctx.emu.url}/connections/{identifier}/link?{query}"}


async def link_page(request: web.Request) -> web.StreamResponse:
    """Where a generated link URL points: in the emulator, visiting it completes the binding at once."""
    emu = emulator_of(request)
    identifier = request.match_info.get("identifier") or request.path.split("/")[2]
    conn = emu.store.ext_idp_conns.find("identifier", identifier)
    if conn is None:
        raise ProtocolError("invalid_request", "unknown connection", 404)
    try:
        claims = emu.verify_user_token(request.query.get("id_token", ""))
    except TokenError as exc:
        raise ProtocolError("invalid_token", str(exc), 401) from None
    idp = emu.store.ext_idps.get(conn["extIdpId"])
    if idp is None:
        raise ProtocolError("invalid_request", "unknown identity source", 404)
    external_id = request.query.get("userIdInIdp") or f"{idp['type']}-{claims['sub'][:8]}"
    identity = link(emu, str(claims["sub"]), idp, external_id, conn["id"])
    return web.json_response({"linked": True, "identityId": identity["identityId"]})


async def get_identities(ctx: Ctx) -> Any:
    user = ctx.user()
    return identities_of(ctx.emu, user["userId"])


async def unlink_extidp(ctx: Ctx) -> Any:
    from genauth_async.testing._wire import NO_DATA

    user = ctx.user()
    idp_id = ctx.require("extIdpId")
    if idp_id not in ctx.emu.store.ext_idps:
        raise ApiError(404, f"External identity source {idp_id} does not exist")
    unlink(ctx.emu, user["userId"], str(idp_id))
    return NO_DATA


async def get_application_enabled_extidps(ctx: Ctx) -> Any:
    app = ctx.app
    assert app is not None
    out = []
    for conn in ctx.emu.store.ext_idp_conns.docs.values():
        if app["appId"] not in conn.get("appIds", []):
            continue
        idp = ctx.emu.store.ext_idps.get(conn["extIdpId"]) or {}
        kind = str(conn.get("type") or idp.get("type") or "oidc")
        out.append(
            {
                "identifier": conn["identifier"],
                "extIdpId": conn["extIdpId"],
                "type": kind,
                "extIdpType": "social" if kind in SOCIAL else "enterprise",
                "bindUrl": f"{ctx.emu.url}/connections/{conn['identifier']}/link",
                "name": conn.get("displayName") or idp.get("name") or conn["identifier"],
                "logo": conn.get("logo"),
            }
        )
    return out


def register(router: Router) -> None:
    router.add("public", "POST", "/api/v3/get-management-token", get_management_token)
    a = router.authentication
    a("POST", "/api/v3/signin", signin)
    a("POST", "/api/v3/signup", signup)
    a("GET", "/api/v3/get-profile", get_profile)
    a("POST", "/api/v3/update-profile", update_profile)
    a("GET", "/api/v3/generate-link-extidp-url", generate_link_extidp_url)
    a("GET", "/api/v3/get-identities", get_identities)
    a("POST", "/api/v3/unlink-extidp", unlink_extidp)
    a("GET", "/api/v3/get-application-enabled-extidps", get_application_enabled_extidps)
    router.raw_prefix("GET", "/connections/", link_page)
