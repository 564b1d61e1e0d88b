"""The authentication API: the management token, sign-in (password, passcode, LDAP/AD, mobile
social), sign-up, verification codes, the profile, and account binding (facts §7). Calls carry
``x-genauth-app-id``; the user's token travels raw in ``authorization``.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import NO_DATA, ApiError, ProtocolError
from genauth_async.testing.credentials import ResendTooSoon, country_code, email_key, phone_key, same_secret
from genauth_async.testing.resources.applications import may_access, token_auth_method
from genauth_async.testing.resources.extidp import SOCIAL, link, unlink
from genauth_async.testing.resources.users import check_password, find_user, identities_of, new_user, present
from genauth_async.testing.routing import Ctx, Router, emulator_of
from genauth_async.testing.tokens import TokenError

_LOGIN_FIELDS = ("email", "phone", "username", "account")
_WRONG_CREDENTIALS = "Account not exists or password is incorrect."
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\d{3,20}$")
SIGNIN_CONNECTIONS = ("PASSWORD", "PASSCODE", "LDAP", "AD")
SIGNUP_CONNECTIONS = ("PASSWORD", "PASSCODE")
#: The channel a passcode must have been sent on to be accepted by sign-in / sign-up.
SIGNIN_CHANNEL = "CHANNEL_LOGIN"
SIGNUP_CHANNEL = "CHANNEL_REGISTER"


async def get_management_token(ctx: Ctx) -> Any:
    emu = ctx.emu
    key_id = ctx.body.get("accessKeyId")
    key_secret = ctx.body.get("accessKeySecret")
    if not key_id:
        raise ApiError(400, "accessKeyId is required; accessKeyId should not be empty")
    if not key_secret:
        raise ApiError(400, "accessKeySecret is required; accessKeySecret should not be empty")
    if not (same_secret(key_id, emu.access_key_id) and same_secret(key_secret, emu.access_key_secret)):
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

    Used by the OIDC/OAuth protocol endpoints, which accept either form. A presented secret must
    be right even when the app would accept none; otherwise a public client (method ``none``)
    needs nothing. The V3 sign-in endpoints use the stricter ``require_client_auth``.
    """
    secret = ctx_emu.store.app_secrets.get(app["appId"])["secret"]
    basic = basic_credentials(header)
    if basic is not None:
        return basic[0] == app["appId"] and same_secret(basic[1], secret)
    if client_secret:
        if client_id and client_id != app["appId"]:
            return False
        return same_secret(client_secret, secret)
    return token_auth_method(app) == "none"


def _secret_matches(app: dict[str, Any], secret: str, client_id: Any, client_secret: Any) -> bool:
    return same_secret(client_id, app["appId"]) and same_secret(client_secret, secret)


def require_client_auth(emu: Any, app: dict[str, Any], header: str, body: dict[str, Any]) -> None:
    """Client authentication of ``/api/v3/signin`` and ``/api/v3/signin-by-mobile``, exactly as the
    app's ``token_endpoint_auth_method`` says (raises a statusCode 401 ApiError otherwise):

    - ``client_secret_post``: ``client_id`` + ``client_secret`` in the JSON body; a Basic header is refused;
    - ``client_secret_basic``: ``authorization: Basic base64(appId:appSecret)``; body credentials are refused;
    - ``none``: nothing is needed; credentials sent anyway (either form) must be right.
    """
    method = token_auth_method(app)
    secret = emu.store.app_secrets.get(app["appId"])["secret"]
    is_basic = header[:6].lower() == "basic "
    basic = basic_credentials(header) if is_basic else None
    body_id, body_secret = body.get("client_id"), body.get("client_secret")
    in_body = body_id is not None or body_secret is not None
    if method == "client_secret_post":
        if is_basic:
            raise ApiError(401, "The application's token_endpoint_auth_method is client_secret_post: send client_id "
                           "and client_secret in the request body, not an authorization: Basic header")
        if not body_id or not body_secret:
            raise ApiError(401, "client_id and client_secret are required in the request body "
                           "(token_endpoint_auth_method client_secret_post)")
        if not _secret_matches(app, secret, body_id, body_secret):
            raise ApiError(401, "Client authentication failed: wrong client_id or client_secret")
    elif method == "client_secret_basic":
        if in_body:
            raise ApiError(401, "The application's token_endpoint_auth_method is client_secret_basic: send "
                           "authorization: Basic base64(appId:appSecret), not client_id/client_secret in the body")
        if basic is None:
            raise ApiError(401, "authorization: Basic base64(appId:appSecret) is required "
                           "(token_endpoint_auth_method client_secret_basic)")
        if not _secret_matches(app, secret, *basic):
            raise ApiError(401, "Client authentication failed: wrong credentials in the Basic authorization header")
    else:
        presented = basic if basic is not None else ((body_id or app["appId"], body_secret) if body_secret else None)
        if (is_basic and basic is None) or (presented is not None and not _secret_matches(app, secret, *presented)):
            raise ApiError(401, "Client authentication failed: the client credentials sent are wrong")


def _payload(ctx: Ctx, name: str) -> dict[str, Any]:
    payload = ctx.body.get(name)
    if not isinstance(payload, dict):
        raise ApiError(400, f"{name} is required; {name} should not be empty")
    return payload


def _required_str(payload: dict[str, Any], owner: str, field: str) -> str:
    value = payload.get(field)
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"{owner}.{field} is required; {owner}.{field} should not be empty")
    return value


def _passcode_target(payload: dict[str, Any]) -> tuple[str, str, str, str | None]:
    """(field, value, passcode key, country code) of a passCodePayload (email or phone)."""
    email, phone = payload.get("email"), payload.get("phone")
    if isinstance(email, str) and email:
        return "email", email, email_key(email), None
    if isinstance(phone, str) and phone:
        return "phone", phone, phone_key(phone), country_code(payload.get("phoneCountryCode"))
    raise ApiError(400, "passCodePayload needs email or phone")


def _passcode_channel(ctx: Ctx, payload: dict[str, Any], channel: str) -> tuple[str, str, str, str | None]:
    code = _required_str(payload, "passCodePayload", "passCode")
    field, value, key, cc = _passcode_target(payload)
    if ctx.emu.passcodes.check(key, (channel,), code, ctx.emu.now(), cc) is None:
        raise ApiError(403, f"The verification code is incorrect or has expired (send one with channel {channel} "
                       f"to this {field} first; each code works once)")
    return field, value, key, cc


def _password_user(ctx: Ctx) -> dict[str, Any]:
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
        raise ApiError(403, _WRONG_CREDENTIALS, 2333)
    return user


def _passcode_user(ctx: Ctx) -> dict[str, Any]:
    payload = _payload(ctx, "passCodePayload")
    field, value, key, _ = _passcode_channel(ctx, payload, SIGNIN_CHANNEL)
    user = find_user(ctx.emu, value, field)
    if user is None:
        raise ApiError(404, f"No user has this {field}: sign up first", 2004)
    ctx.emu.passcodes.consume(key, SIGNIN_CHANNEL)
    return user


def directory_pool_user(emu: Any, connection: str, username: str, email: str | None) -> dict[str, Any]:
    """The pool user a directory account signs in as: linked before, else the pool user with the
    account's email, else a new user (username = sAMAccountName when that username is free)."""
    links = emu.store.directory_links
    key = f"{connection}:{username}"
    linked = links.get(key)
    user = emu.store.users.get(linked["userId"]) if linked else None
    if user is None and email:
        user = find_user(emu, email, "email")
    if user is None:
        fields: dict[str, Any] = {"name": username}
        if find_user(emu, username, "username") is None:
            fields["username"] = username
        if email:
            fields["email"] = email
        user = new_user(emu, fields, source="register")
    if not linked or linked["userId"] != user["userId"]:
        links.put(key, {"userId": user["userId"], "connection": connection, "username": username})
    return user


def _directory_user(connection: str) -> Callable[[Ctx], dict[str, Any]]:
    name = "ldapPayload" if connection == "LDAP" else "adPayload"

    def resolve(ctx: Ctx) -> dict[str, Any]:
        payload = _payload(ctx, name)
        username = _required_str(payload, name, "sAMAccountName")
        password = _required_str(payload, name, "password")
        account = ctx.emu.directory.authenticate(connection, username, password)
        if account is None:
            raise ApiError(403, _WRONG_CREDENTIALS, 2333)
        return directory_pool_user(ctx.emu, connection, username, account["email"])

    return resolve


_SIGNIN: dict[str, Callable[[Ctx], dict[str, Any]]] = {
    "PASSWORD": _password_user,
    "PASSCODE": _passcode_user,
    "LDAP": _directory_user("LDAP"),
    "AD": _directory_user("AD"),
}


def finish_signin(ctx: Ctx, app: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """Status and access checks, then the token set; counts the login."""
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


async def signin(ctx: Ctx) -> Any:
    app = ctx.app
    assert app is not None
    require_client_auth(ctx.emu, app, ctx.request.headers.get("authorization", ""), ctx.body)
    connection = ctx.require("connection")
    resolve = _SIGNIN.get(connection) if isinstance(connection, str) else None
    if resolve is None:
        raise ApiError(400, f"connection must be one of {', '.join(SIGNIN_CONNECTIONS)}")
    return finish_signin(ctx, app, resolve(ctx))


async def signup(ctx: Ctx) -> Any:
    connection = ctx.require("connection")
    profile = ctx.body.get("profile") if isinstance(ctx.body.get("profile"), dict) else {}
    profile = {k: v for k, v in (profile or {}).items() if k != "password"}
    if connection == "PASSWORD":
        payload = ctx.body.get("passwordPayload")
        if not isinstance(payload, dict) or not payload.get("password"):
            raise ApiError(400, "passwordPayload.password is required")
        fields = {k: payload[k] for k in ("email", "username") if payload.get(k)}
        if not fields:
            raise ApiError(400, "passwordPayload needs email or username")
        user = new_user(ctx.emu, {**profile, **fields, "password": payload["password"]}, source="register")
    elif connection == "PASSCODE":
        payload = _payload(ctx, "passCodePayload")
        field, value, key, cc = _passcode_channel(ctx, payload, SIGNUP_CHANNEL)
        verified: dict[str, Any] = {field: value, f"{field}Verified": True}
        if cc:
            verified["phoneCountryCode"] = cc
        user = new_user(ctx.emu, {**profile, **verified}, source="register")  # 409 keeps the code usable
        ctx.emu.passcodes.consume(key, SIGNUP_CHANNEL)
    else:
        raise ApiError(400, f"connection must be one of {', '.join(SIGNUP_CONNECTIONS)}")
    return present(ctx.emu, user)


# ---- verification codes ---------------------------------------------------------------------


def _channels(enum: str) -> tuple[str, ...]:
    values = (spec_mod.load().get("enums") or {}).get(enum, {}).get("values") or []
    return tuple(v for v in values if isinstance(v, str))


def _channel(ctx: Ctx, enum: str) -> str:
    channel = ctx.require("channel")
    allowed = _channels(enum)
    if not isinstance(channel, str) or (allowed and channel not in allowed) or (not allowed and not channel.startswith("CHANNEL_")):
        raise ApiError(400, f"channel must be one of {', '.join(allowed) or 'the CHANNEL_* values'}")
    return channel


def _send(ctx: Ctx, key: str, channel: str, what: str, cc: str | None = None) -> Any:
    try:
        ctx.emu.passcodes.send(key, channel, ctx.emu.now(), cc)
    except ResendTooSoon as exc:
        raise ApiError(429, f"Each {what} can receive one code per minute on channel {channel}; "
                       f"retry in {max(1, round(exc.wait))} s") from None
    return NO_DATA


async def send_sms(ctx: Ctx) -> Any:
    """Store a fresh code for the number; ``emu.passcode_sent_to(number)`` reads it back."""
    phone = ctx.require("phoneNumber")
    channel = _channel(ctx, "SendSMSDto.channel")
    if not isinstance(phone, str) or not _PHONE.match("".join(phone.split())):
        raise ApiError(400, "phoneNumber must be the digits of the number, without the country code "
                       "(pass that in phoneCountryCode)")
    return _send(ctx, phone_key(phone), channel, "phone number", country_code(ctx.body.get("phoneCountryCode")))


async def send_email(ctx: Ctx) -> Any:
    """Store a fresh code for the address; ``emu.passcode_sent_to(email)`` reads it back."""
    email = ctx.require("email")
    channel = _channel(ctx, "SendEmailDto.channel")
    if not isinstance(email, str) or not _EMAIL.match(email.strip()):
        raise ApiError(400, "email is not a valid email address")
    return _send(ctx, email_key(email), channel, "email address")


# ---- mobile social sign-in ----------------------------------------------------------------------


def _mobile_payload(body: dict[str, Any], connection: str) -> dict[str, Any]:
    """``<connection>Payload`` (wechat_mini_program_code -> wechatMiniProgramCodePayload, linkedin ->
    linkedInPayload...): matched on the lowercase name without underscores."""
    wanted = connection.replace("_", "").lower()
    for key, value in body.items():
        if key.endswith("Payload") and key[: -len("Payload")].lower() == wanted and isinstance(value, dict):
            return value
    raise ApiError(400, f"the {connection} payload is required when connection is {connection}")


def _mobile_credential(payload: dict[str, Any]) -> str:
    for field in ("code", "accessToken", "access_token", "token"):
        value = payload.get(field)
        if isinstance(value, str) and value:
            return value
    for _, value in sorted(payload.items()):
        if isinstance(value, str) and value:
            return value
    raise ApiError(400, "the payload needs the credential the mobile SDK returned (code or access token)")


async def signin_by_mobile(ctx: Ctx) -> Any:
    """Mobile social sign-in through an external identity source connection enabled for the app.

    There is no third party to exchange the credential with, so the credential (``code``, or the
    access token) stands for the provider's user: it becomes ``userIdInIdp``. The first sign-in
    creates a pool user and links the identity; the same credential later signs in the same user.
    """
    app = ctx.app
    assert app is not None
    require_client_auth(ctx.emu, app, ctx.request.headers.get("authorization", ""), ctx.body)
    identifier = ctx.require("extIdpConnidentifier")
    connection = ctx.require("connection")
    allowed = _channels("SigninByMobileDto.connection")
    if not isinstance(connection, str) or (allowed and connection not in allowed):
        raise ApiError(400, f"connection must be one of {', '.join(allowed)}")
    emu = ctx.emu
    conn = emu.store.ext_idp_conns.find("identifier", identifier)
    if conn is None:
        raise ApiError(404, f"External identity source connection {identifier} does not exist")
    if app["appId"] not in conn.get("appIds", []):
        raise ApiError(403, f"External identity source connection {identifier} is not enabled for this application")
    idp = emu.store.ext_idps.get(conn["extIdpId"])
    if idp is None:
        raise ApiError(404, f"External identity source {conn['extIdpId']} does not exist")
    external_id = _mobile_credential(_mobile_payload(ctx.body, connection))
    identity = next(
        (d for d in emu.store.identities.docs.values() if d["extIdpId"] == idp["id"] and d["userIdInIdp"] == external_id),
        None,
    )
    user = emu.store.users.get(identity["userId"]) if identity else None
    if user is None:
        user = new_user(emu, {}, source="register")
        link(emu, user["userId"], idp, external_id, conn["id"])
    return finish_signin(ctx, app, user)


async def get_profile(ctx: Ctx) -> Any:
    user = ctx.user()
    return present(ctx.emu, user, {k: ctx.query.get(k) for k in ("withCustomData", "withIdentities")})


async def update_profile(ctx: Ctx) -> Any:
    from genauth_async.testing._ids import iso_now

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
    a("POST", "/api/v3/signin-by-mobile", signin_by_mobile)
    a("POST", "/api/v3/send-sms", send_sms)
    a("POST", "/api/v3/send-email", send_email)
    a("GET", "/api/v3/get-profile", get_profile)
    a("POST", "/api/v3/update-profile", update_profile)
    a("GET", "/api/v3/generate-link-extidp-url", generate_link_extidp_url)
    a("GET", "/api/v3/get-identities", get_identities)
    a("POST", "/api/v3/unlink-extidp", unlink_extidp)
    a("GET", "/api/v3/get-application-enabled-extidps", get_application_enabled_extidps)
    router.raw_prefix("GET", "/connections/", link_page)
