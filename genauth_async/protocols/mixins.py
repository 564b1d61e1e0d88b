"""The hand-written helpers of the official clients, as mixins the generated clients inherit.

``AuthenticationProtocolMixin`` (AuthenticationClient) and ``ManagementEventsMixin``
(ManagementClient) hold no state of their own and talk to the server only through the client's
public ``request()`` (raw protocol answers with ``envelope=False``) and its pooled session, so
retries, timeouts, TLS settings and log redaction are the same as for every generated endpoint.

For the type checker only, each mixin derives from what it needs of its client: the hand-written
base client and, for authentication, the generated sign-in endpoints it delegates to. So the
helpers are checked against the real signatures (no copies to keep in step), while at run time
the mixins derive from ``object`` and this module imports neither the base client nor generated
code. The per-call options are ``**call_options: Unpack[CallOptions]`` (``genauth_async._options``),
the same declaration the generated methods use.

They must come *before* the generated area mixins in the clients' bases: ``put_event`` here
replaces the generated one (the official SDK sends ``eventData`` as a JSON string, the generated
descriptor would send the object).
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import quote, urlsplit, urlunsplit

from .._converter import from_wire
from .._endpoint import RequestOptions
from .._options import CallOptions, Unpack, check_call_options, request_options
from ..errors import ResponseFormatError, ValidationError
from . import cas as _cas
from . import events as _events
from . import generic as _generic
from . import jwt_parse as _jwt
from . import offline as _offline
from . import pkce as _pkce
from . import redirect as _redirect
from . import urls as _urls
from .tokens import client_auth, protocol_prefix

if TYPE_CHECKING:
    from .._base_client import BaseAuthenticationClient, BaseClient, BaseManagementClient
    from .._generated.authentication.sign_in import SignInMixin
    from ..models import LoginTokenResponseDataDto, PubEventRespDataDto, UserDto
    from ..types import CasValidation, IntrospectionResult, JsonObject, JsonValue, TokenSet
    from .jwt_parse import AccessTokenClaims, IDTokenClaims
    from .redirect import LoginRedirect, LoginResult, LoginTransaction, TransactionStorage

    class _AuthBase(SignInMixin, BaseAuthenticationClient):
        """What the authentication helpers use of their client (``sign_in_by_credentials`` and
        ``sign_up`` are generated endpoints; the rest is the base client)."""

    _ManagementBase = BaseManagementClient
else:
    _AuthBase = _ManagementBase = object

__all__ = ["AuthenticationProtocolMixin", "ManagementEventsMixin"]


# One JWKS cache per client object (weak, so a dropped client frees it); a copy made by
# with_options() gets its own, which costs one extra fetch at most.
_JWKS: weakref.WeakKeyDictionary[Any, _offline.JwksCache] = weakref.WeakKeyDictionary()
_JWKS_PATH = "/oidc/.well-known/jwks.json"


def _jwks_cache(client: BaseAuthenticationClient) -> _offline.JwksCache:
    cache = _JWKS.get(client)
    if cache is None:
        async def fetch() -> Any:
            return await client.request("GET", _JWKS_PATH, envelope=False, idempotent=True)

        # The URL names the JWKS in errors: without any user:password@ the host may carry.
        host = urlsplit(client.app_host.rstrip("/"))
        url = urlunsplit(host._replace(netloc=host.netloc.rpartition("@")[2])) + _JWKS_PATH
        cache = _offline.JwksCache(fetch, url=url)
        _JWKS[client] = cache
    return cache


def _compact(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if v is not None}


def _as_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResponseFormatError(f"{what}: expected a JSON object", http_status=200)
    return value


def _require(**values: Any) -> None:
    """ValidationError, before anything is sent, for a required argument that is missing or empty."""
    for name, value in values.items():
        if value is None or value == "":
            raise ValidationError(f"{name} is required and cannot be empty", param=name)


# The per-call options (``request_options(call_options)``, None when nothing is overridden),
# applied to a raw ``request()`` the way ``BaseClient._call`` applies them for generated methods:
# ``extra_query`` is appended to the query, ``extra_body`` fields (None dropped) are added to (and
# override) the body, ``extra_headers`` override the computed headers, ``request_timeout`` /
# ``max_retries`` replace the client's settings for this call. ``retry_on_post=True`` lets this
# call be re-sent after a failure the server may have acted on; a helper that is safe to repeat
# (introspection, revocation, userinfo, client credentials) is retried either way, and one that
# is not (a code, a refresh token or a CAS ticket is single-use) is re-sent only when the call
# asks for it.
_NO_OPTIONS = RequestOptions()


def _query_with(opts: RequestOptions, query: Mapping[str, Any] | None) -> list[tuple[str, Any]] | None:
    items = list((query or {}).items()) + list((opts.extra_query or {}).items())
    return items or None


def _headers_with(opts: RequestOptions, headers: Mapping[str, str] | None) -> dict[str, str] | None:
    merged = {**(headers or {}), **(opts.extra_headers or {})}
    return merged or None


async def _send_form(
    opts: RequestOptions | None, client: BaseClient, path: str, form: Mapping[str, Any],
    headers: Mapping[str, str] | None, *, idempotent: bool, query: Mapping[str, Any] | None = None,
) -> Any:
    o = opts or _NO_OPTIONS
    return await client.request(
        "POST", path, query=_query_with(o, query),
        form={**form, **_compact(o.extra_body)} if o.extra_body else dict(form),
        headers=_headers_with(o, headers), timeout=o.timeout, max_retries=o.max_retries, envelope=False,
        idempotent=idempotent or bool(o.retry_on_post),
    )


async def _send_get(
    opts: RequestOptions | None, client: BaseClient, path: str, query: Mapping[str, Any], *, idempotent: bool,
    headers: Mapping[str, str] | None = None,
) -> Any:
    o = opts or _NO_OPTIONS
    # A GET has no body; extra_body still travels as JSON, as it does for generated GET methods.
    return await client.request(
        "GET", path, query=_query_with(o, query), json=dict(o.extra_body) if o.extra_body else None,
        headers=_headers_with(o, headers), timeout=o.timeout, max_retries=o.max_retries,
        envelope=False, idempotent=idempotent or bool(o.retry_on_post),
    )


def _post_credentials(client: BaseAuthenticationClient) -> tuple[str | None, str | None]:
    """client_id/client_secret for V3 sign-in bodies: only under client_secret_post (basic goes in
    the header, which the transport adds for /api/v3/signin; none needs nothing)."""
    if client.token_endpoint_auth_method == "client_secret_post":
        return client.app_id, client.app_secret
    return None, None


# The sign-in/sign-up wrappers delegate to the generated endpoint with the caller's options as
# they are; they are checked first, so a stray keyword cannot land on one of its parameters.

async def _sign_in(
    client: _AuthBase, connection: str, call_options: CallOptions, **payload: Any
) -> LoginTokenResponseDataDto:
    check_call_options(call_options)
    client_id, client_secret = _post_credentials(client)
    return await client.sign_in_by_credentials(
        connection, **payload, client_id=client_id, client_secret=client_secret, **call_options,
    )


async def _sign_up(client: _AuthBase, connection: str, call_options: CallOptions, **fields: Any) -> UserDto:
    check_call_options(call_options)
    return await client.sign_up(connection, **fields, **call_options)


async def _publish(client: BaseClient, path: str, event_code: str, data: Any, call_options: CallOptions,
                   *, encode: bool = True) -> Any:
    """Publish an event: ``eventData`` is a JSON string of ``data``, as the official SDK sends it
    (``encode=False``: ``data`` is that string already, as Node's ``pub`` takes it); ``extra_body``
    fields go in as they are (the event fields win)."""
    _require(event_code=event_code)
    if not encode and not isinstance(data, str):
        raise ValidationError("data must be a str (the eventData string as sent); put_event encodes objects",
                              param="data")
    o = request_options(call_options) or _NO_OPTIONS
    body = {**(o.extra_body or {}), "eventType": event_code,
            "eventData": _events.encode_event_data(data) if encode else data}
    return await client.request("POST", path, json=body, query=o.extra_query, headers=o.extra_headers,
                                timeout=o.timeout, max_retries=o.max_retries, idempotent=o.retry_on_post)


def _pub_event_result(client: BaseClient, answer: Any, name: str) -> PubEventRespDataDto:
    """``put_event``'s answer as ``PubEventRespDataDto`` (``success``, ``errMsg``), like a generated method."""
    if client._whole:  # the envelope view of genauth_async.compat: the official whole answer
        return answer  # type: ignore[no-any-return]
    try:
        result = from_wire(answer, "PubEventRespDataDto")
    except Exception as exc:  # noqa: BLE001 - reported like a generated method's parse failure
        raise ResponseFormatError(
            f"{name}(): answer does not match PubEventRespDataDto ({type(exc).__name__})", http_status=200,
        ) from exc
    return result  # type: ignore[no-any-return]


async def _pub(client: BaseClient, path: str, event_code: str, data: str,
               call_options: CallOptions) -> PubEventRespDataDto:
    """Node's ``pub``: ``data`` is sent as the ``eventData`` string unchanged; the answer's data
    read as ``PubEventRespDataDto`` (both publish endpoints answer it)."""
    answer = await _publish(client, path, event_code, data, call_options, encode=False)
    return _pub_event_result(client, answer, "pub")


async def _token_request(
    client: BaseAuthenticationClient, form: dict[str, Any], opts: RequestOptions | None, *, idempotent: bool
) -> TokenSet:
    prefix = protocol_prefix(client.protocol)
    auth = client_auth(client.token_endpoint_auth_method, client.app_id, client.app_secret,
                       setting="token_endpoint_auth_method")
    answer = await _send_form(opts, client, f"{prefix}/token", {**auth.form, **_compact(form)}, auth.headers,
                              idempotent=idempotent)
    return cast("TokenSet", _as_dict(answer, "token endpoint"))


class AuthenticationProtocolMixin(_AuthBase):
    """OIDC/OAuth/SAML/CAS helpers, sign-in/sign-up wrappers and events of ``AuthenticationClient``.

    Every helper that sends a request takes the per-call options of the generated methods
    (``**call_options: Unpack[CallOptions]``: ``request_timeout``, ``max_retries``,
    ``extra_headers``, ``extra_query``, ``extra_body``, ``retry_on_post``) after the official
    parameters, and checks its required arguments before sending anything.
    """

    __slots__ = ()

    # -- URL builders and PKCE: no I/O, plain methods ------------------------------------------

    def build_authorize_url(
        self,
        redirect_uri: str | None = None,
        response_type: str | None = None,
        response_mode: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        scope: str | None = None,
        code_challenge_method: str | None = None,
        code_challenge: str | None = None,
        service: str | None = None,
        *,
        tenant_id: str | None = None,
        forced: bool | None = None,
    ) -> str:
        """The login URL for the client's ``protocol`` (oidc, oauth, saml, cas).

        ``state`` and ``nonce`` default to fresh random values; read them back from the URL (or
        pass your own) to check them on the callback. OIDC only, from the Node SDK: ``tenant_id``
        (sent as ``tenantId``) signs in to that tenant, ``forced`` (``prompt=login``) shows the
        login page even to a signed-in user.
        """
        return _urls.authorize_url(
            self.protocol, self.app_host, self.app_id,
            redirect_uri=redirect_uri or self.redirect_uri, response_type=response_type,
            response_mode=response_mode, state=state, nonce=nonce, scope=scope,
            code_challenge_method=code_challenge_method, code_challenge=code_challenge, service=service,
            tenant_id=tenant_id, forced=forced,
        )

    def generate_code_challenge(self, length: int = 43) -> str:
        """A new PKCE code *verifier* (the official name is kept): ``length`` 43-128 random
        characters from the RFC 7636 unreserved set. Keep it; send its digest as ``code_challenge``."""
        return _pkce.generate_code_verifier(length)

    def generate_code_challenge_digest(self, code_challenge: str, method: str | None = None) -> str:
        """The ``code_challenge`` for a verifier: S256 (default) or plain."""
        return _pkce.code_challenge(code_challenge, method)

    def build_logout_url(
        self, redirect_uri: str | None = None, id_token: str | None = None, state: str | None = None
    ) -> str:
        """The sign-out URL: OIDC session end (``redirect_uri`` defaults to ``post_logout_redirect_uri``
        and then needs ``id_token``), CAS logout, or the hosted-login logout for other protocols."""
        if self.protocol == "oidc":
            redirect_uri = redirect_uri or self.post_logout_redirect_uri
        return _urls.logout_url(self.protocol, self.app_host, redirect_uri=redirect_uri, id_token=id_token,
                                state=state)

    # -- token endpoint ----------------------------------------------------------------------

    async def get_access_token_by_code(
        self,
        code: str,
        code_verifier: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """Exchange an authorization code (plus the PKCE verifier, if one was used) for tokens.

        Authenticates the app per ``token_endpoint_auth_method``. Never retried once sent: a code
        is single-use, so a repeat would fail and could mask the real outcome.
        """
        if not self.redirect_uri:
            raise ValidationError("redirect_uri must be set on the client to exchange a code",
                                  param="redirect_uri")
        _require(code=code)
        return await _token_request(
            self,
            {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri,
             "code_verifier": code_verifier},
            request_options(call_options),
            idempotent=False,
        )

    async def get_access_token_by_client_credentials(
        self,
        scope: str,
        access_key: str,
        access_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """Machine-to-machine token for a programmatic access account (its AK/SK in the form)."""
        _require(scope=scope, access_key=access_key, access_secret=access_secret)
        prefix = protocol_prefix(self.protocol)
        opts = request_options(call_options)
        answer = await _send_form(
            opts, self, f"{prefix}/token",
            {"grant_type": "client_credentials", "client_id": access_key, "client_secret": access_secret,
             "scope": scope},
            None, idempotent=True,
        )
        return cast("TokenSet", _as_dict(answer, "token endpoint"))

    async def get_new_access_token_by_refresh_token(
        self,
        refresh_token: str,
        **call_options: Unpack[CallOptions],
    ) -> TokenSet:
        """New tokens from a refresh token (issued when the scope had ``offline_access``)."""
        _require(refresh_token=refresh_token)
        opts = request_options(call_options)
        return await _token_request(self, {"grant_type": "refresh_token", "refresh_token": refresh_token},
                                    opts, idempotent=False)

    async def get_user_info_by_access_token(
        self,
        access_token: str,
        *,
        method: Literal["GET", "POST"] | None = None,
        token_place: Literal["query", "header", "body"] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonObject:
        """The userinfo endpoint's claims for ``access_token``.

        By default a POST with the token as a Bearer header (the official Python SDK's request).
        ``method`` / ``token_place`` are the Node SDK's options: when either is given, the other
        defaults as in Node (GET, query), and the token travels as ``access_token`` in the query or
        the form body, or as the Bearer header; a GET has no body to carry it.
        """
        _require(access_token=access_token)
        if method is None and token_place is None:
            method, token_place = "POST", "header"
        method, token_place = method or "GET", token_place or "query"
        if method not in ("GET", "POST"):
            raise ValidationError("method must be GET or POST", param="method")
        if token_place not in ("query", "header", "body") or (method, token_place) == ("GET", "body"):
            raise ValidationError("token_place must be query or header (or body with POST)", param="token_place")
        path = f"{protocol_prefix(self.protocol)}/me"
        opts = request_options(call_options)
        bearer = {"authorization": f"Bearer {access_token}"} if token_place == "header" else None
        query = {"access_token": access_token} if token_place == "query" else None
        if method == "GET":
            answer = await _send_get(opts, self, path, query or {}, idempotent=True, headers=bearer)
        else:
            form = {"access_token": access_token} if token_place == "body" else {}
            answer = await _send_form(opts, self, path, form, bearer, idempotent=True, query=query)
        return _as_dict(answer, "userinfo endpoint")

    # -- introspection and revocation ------------------------------------------------------------

    async def introspect_token(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> IntrospectionResult:
        """Ask the server whether ``token`` is active (RFC 7662); ``{"active": false}`` when not."""
        _require(token=token)
        prefix = protocol_prefix(self.protocol)
        auth = client_auth(self.introspection_endpoint_auth_method, self.app_id, self.app_secret,
                           setting="introspection_endpoint_auth_method")
        opts = request_options(call_options)
        answer = await _send_form(opts, self, f"{prefix}/token/introspection", {**auth.form, "token": token},
                                  auth.headers, idempotent=True)
        return cast("IntrospectionResult", _as_dict(answer, "introspection endpoint"))

    async def introspect_token_offline(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        leeway: float = _offline.DEFAULT_LEEWAY,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonObject:
        """Verify an RS256 ``token`` locally and return its claims, or raise ``TokenVerificationError``.

        Keys come from ``server_jwks`` when given, else from the application's JWKS (fetched once,
        cached, refetched when the token names an unknown key). Checks ``alg`` (RS256 only), the
        signature, ``iss`` (default ``{app_host}/oidc``), ``aud`` (this app id), ``exp`` (required),
        ``nbf`` and ``iat`` with ``leeway`` seconds of clock skew. The per-call keywords apply to
        the JWKS request when this call is the one that makes it (the keys are shared by all calls).
        Concurrent calls share one JWKS fetch; when it fails they, and every call in the short
        back-off after it, raise ``JwksUnavailableError`` (naming the JWKS URL and status) without
        sending anything.
        """
        _require(token=token)
        opts = request_options(call_options)
        fetch = None
        if server_jwks is None and opts:
            async def fetch() -> Any:
                return await _send_get(opts, self, _JWKS_PATH, {}, idempotent=True)

        return await _offline.verify_with_cache(
            token,
            None if server_jwks is not None else _jwks_cache(self),
            server_jwks,
            audience=self.app_id,
            issuer=issuer or f"{self.app_host.rstrip('/')}/oidc",
            leeway=leeway,
            fetch=fetch,
        )

    async def revoke_token(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """Revoke an access or refresh token (RFC 7009); True once the server accepted the request."""
        _require(token=token)
        prefix = protocol_prefix(self.protocol)
        auth = client_auth(self.revocation_endpoint_auth_method, self.app_id, self.app_secret,
                           setting="revocation_endpoint_auth_method")
        opts = request_options(call_options)
        await _send_form(opts, self, f"{prefix}/token/revocation", {**auth.form, "token": token}, auth.headers,
                         idempotent=True)
        return True

    # -- CAS -----------------------------------------------------------------------------------

    async def validate_ticket_v1(
        self,
        ticket: str,
        service: str,
        **call_options: Unpack[CallOptions],
    ) -> CasValidation:
        """CAS 1.0 ``/validate``: ``{"valid": True, "username": ...}`` or ``{"valid": False, "message": ...}``."""
        _require(ticket=ticket, service=service)
        opts = request_options(call_options)
        answer = await _send_get(opts, self, f"/cas-idp/{quote(self.app_id, safe='')}/validate",
                                 {"service": service, "ticket": ticket}, idempotent=False)
        return cast("CasValidation", _cas.parse_v1(answer))

    async def validate_ticket_v2(
        self,
        ticket: str,
        service: str,
        format: str = "JSON",
        **call_options: Unpack[CallOptions],
    ) -> CasValidation:
        """CAS 2.0 ``/serviceValidate`` (``format`` JSON or XML), read into
        ``{"valid", "username", "attributes"}`` or ``{"valid": False, "code", "message"}``."""
        _require(ticket=ticket, service=service)
        fmt = format.upper() if isinstance(format, str) else format
        if fmt not in ("JSON", "XML"):
            raise ValidationError("format must be JSON or XML", param="format")
        opts = request_options(call_options)
        answer = await _send_get(opts, self, f"/cas-idp/{quote(self.app_id, safe='')}/serviceValidate",
                                 {"service": service, "ticket": ticket, "format": fmt}, idempotent=False)
        return cast("CasValidation", _cas.parse_v2(answer))

    # -- sign-in / sign-up wrappers ----------------------------------------------------------

    async def sign_in_by_email_password(
        self,
        email: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with email + password (``/api/v3/signin``, connection PASSWORD)."""
        _require(email=email, password=password)
        return await _sign_in(self, "PASSWORD", call_options,
                              password_payload={"email": email, "password": password}, options=options)

    async def sign_in_by_phone_password(
        self,
        phone: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with phone number + password."""
        _require(phone=phone, password=password)
        return await _sign_in(self, "PASSWORD", call_options,
                              password_payload={"phone": phone, "password": password}, options=options)

    async def sign_in_by_username_password(
        self,
        username: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with username + password."""
        _require(username=username, password=password)
        return await _sign_in(self, "PASSWORD", call_options,
                              password_payload={"username": username, "password": password}, options=options)

    async def sign_in_by_account_password(
        self,
        account: str,
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with any of username / phone / email + password."""
        _require(account=account, password=password)
        return await _sign_in(self, "PASSWORD", call_options,
                              password_payload={"account": account, "password": password}, options=options)

    async def sign_in_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with email + one-time code (connection PASSCODE)."""
        _require(email=email, pass_code=pass_code)
        return await _sign_in(self, "PASSCODE", call_options,
                              pass_code_payload={"email": email, "passCode": pass_code}, options=options)

    async def sign_in_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in with phone number + one-time code."""
        _require(phone=phone, pass_code=pass_code)
        return await _sign_in(
            self, "PASSCODE",
            call_options,
            pass_code_payload=_compact({"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}),
            options=options,
        )

    async def sign_in_by_ldap(
        self,
        sAMAccountName: str,  # noqa: N803 - official parameter name
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in against the LDAP directory (official parameter name kept)."""
        _require(sAMAccountName=sAMAccountName, password=password)
        return await _sign_in(self, "LDAP", call_options,
                              ldap_payload={"sAMAccountName": sAMAccountName, "password": password}, options=options)

    async def sign_in_by_ad(
        self,
        sAMAccountName: str,  # noqa: N803 - official parameter name
        password: str,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """Sign in against Windows AD (official parameter name kept)."""
        _require(sAMAccountName=sAMAccountName, password=password)
        return await _sign_in(self, "AD", call_options,
                              ad_payload={"sAMAccountName": sAMAccountName, "password": password}, options=options)

    async def sign_up_by_email_password(
        self,
        email: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with email + password (``/api/v3/signup``)."""
        _require(email=email, password=password)
        return await _sign_up(
            self, "PASSWORD", call_options,
            password_payload={"email": email, "password": password}, profile=profile, options=options,
        )

    async def sign_up_by_username_password(
        self,
        username: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with username + password."""
        _require(username=username, password=password)
        return await _sign_up(
            self, "PASSWORD", call_options,
            password_payload={"username": username, "password": password}, profile=profile, options=options,
        )

    async def sign_up_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with email + one-time code."""
        _require(email=email, pass_code=pass_code)
        return await _sign_up(
            self, "PASSCODE", call_options,
            pass_code_payload={"email": email, "passCode": pass_code}, profile=profile, options=options,
        )

    async def sign_up_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """Register with phone number + one-time code."""
        _require(phone=phone, pass_code=pass_code)
        return await _sign_up(
            self, "PASSCODE", call_options,
            pass_code_payload=_compact({"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}),
            profile=profile, options=options,
        )

    # -- events --------------------------------------------------------------------------------

    def sub_event(
        self,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> AsyncIterator[str]:
        """Subscribe to an event code and receive its messages.

        For the signed-in user: needs the user's access token (``set_access_token``). Returns an
        async iterator (``async for``) that reconnects with backoff; leaving the loop closes the
        socket. ``callback``, if given, is also called with each message.
        """
        if not self.access_token:
            raise ValidationError("access_token cannot be empty: call set_access_token first",
                                  param="access_token")
        url = _events.subscription_url(self.websocket_host, self.websocket_endpoint, event_code, self.access_token)
        return _events.subscribe(self._transport.get_session, url, None, callback=callback,
                                 max_reconnects=max_reconnects)

    async def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a user event (``/api/v3/pub-userEvent``); ``eventData`` goes as a JSON string of
        ``data``, like the official SDK, so subscribers see the same payload either way.

        Returns ``PubEventRespDataDto`` (``success``, ``errMsg``), as the management ``put_event``."""
        answer = await _publish(self, "/api/v3/pub-userEvent", event_code, data, call_options)
        return _pub_event_result(self, answer, "put_event")

    # -- Node's server-side helpers (protocols/redirect.py, protocols/jwt_parse.py) -------------

    async def parse_access_token(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        leeway: float = _offline.DEFAULT_LEEWAY,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AccessTokenClaims:
        """Verify an access token (RS256, the app's JWKS or ``server_jwks``; ``iss``, ``aud``,
        ``exp``) and return its claims, typed; ``TokenVerificationError`` when it fails."""
        return _jwt.access_claims(await self._verify_token(token, server_jwks, leeway, issuer, None, False,
                                                           call_options))

    async def parse_id_token(
        self,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        nonce: str | None = None,
        leeway: float = _offline.DEFAULT_LEEWAY,
        issuer: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IDTokenClaims:
        """Verify an ID token (RS256 against the JWKS, or HS256 with the app secret; ``iss``,
        ``aud``, ``exp``, and ``nonce`` when given) and return its claims, typed."""
        return _jwt.id_claims(await self._verify_token(token, server_jwks, leeway, issuer, nonce, True,
                                                       call_options))

    async def _verify_token(
        self, token: str, server_jwks: Mapping[str, Any] | None, leeway: float, issuer: str | None,
        nonce: str | None, id_token: bool, call_options: CallOptions,
    ) -> dict[str, Any]:
        _require(token=token)
        opts = request_options(call_options)
        fetch = None
        if server_jwks is None and opts:
            async def fetch() -> Any:
                return await _send_get(opts, self, _JWKS_PATH, {}, idempotent=True)

        return await _jwt.verify_token(
            token, cache=None if server_jwks is not None else _jwks_cache(self), server_jwks=server_jwks,
            audience=self.app_id, issuer=issuer or f"{self.app_host.rstrip('/')}/oidc", leeway=leeway,
            app_secret=self.app_secret, allow_hs256=id_token, nonce=nonce, fetch=fetch,
            kind="id" if id_token else "access",
        )

    async def login_with_redirect(
        self,
        *,
        scope: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        redirect_uri: str | None = None,
        forced: bool = False,
        storage: TransactionStorage | None = None,
    ) -> LoginRedirect:
        """Start a login: the authorize URL to redirect the browser to, with a fresh ``state``,
        ``nonce`` and (OIDC) PKCE verifier, and the transaction the callback needs.

        With ``storage`` the transaction is also kept there (under its state); without, keep
        ``result.transaction`` yourself (``to_json()``) and pass it to ``handle_redirect_callback``.
        Sets no cookie: answer ``302`` with ``Location: result.url``.
        """
        login = _redirect.begin_login(self.protocol, self.app_host, self.app_id,
                                      redirect_uri=redirect_uri or self.redirect_uri, scope=scope, state=state,
                                      nonce=nonce, forced=forced)
        if storage is not None:
            await _redirect.store(storage, login.transaction)
        return login

    async def handle_redirect_callback(
        self,
        callback: str | Mapping[str, str],
        *,
        transaction: LoginTransaction | str | None = None,
        storage: TransactionStorage | None = None,
        verify_id_token: bool = True,
        **call_options: Unpack[CallOptions],
    ) -> LoginResult:
        """Finish a login: check the callback (URL, query string or parsed query) against the kept
        transaction, exchange the code with its PKCE verifier, verify the ID token (signature,
        claims, nonce) and return the tokens.

        Pass the ``transaction`` from ``login_with_redirect`` (object or its JSON), or the
        ``storage`` it was kept in (taken out: a callback completes once). A server error, a
        missing code or a wrong state raises ``RedirectCallbackError`` before any request.
        """
        check_call_options(call_options)
        params = _redirect.callback_params(callback)
        code, state = _redirect.check_callback(params)
        if (transaction is None) == (storage is None):
            raise ValidationError("pass exactly one of transaction and storage", param="transaction")
        if storage is not None:
            tx = await _redirect.take(storage, state)
        elif isinstance(transaction, _redirect.LoginTransaction):
            tx = transaction
        else:
            tx = _redirect.LoginTransaction.from_json(transaction or "")
        _redirect.check_state(tx, state)
        redirect_uri = tx.redirect_uri or self.redirect_uri
        if not redirect_uri:
            raise ValidationError("redirect_uri must be set on the client to exchange a code", param="redirect_uri")
        # get_access_token_by_code's exchange, with the redirect URI this login was started with.
        answer = await _token_request(
            self, {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
                   "code_verifier": tx.code_verifier},
            request_options(call_options), idempotent=False,
        )
        claims = None
        id_token = answer.get("id_token")
        if verify_id_token and isinstance(id_token, str) and id_token:
            claims = await self.parse_id_token(id_token, nonce=tx.nonce, **call_options)
        return _redirect.login_result(answer, claims)

    def logout_with_redirect(
        self,
        id_token: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
    ) -> str:
        """The logout URL to redirect the browser to (Node's ``logoutWithRedirect`` without the
        response object): ``id_token_hint``, ``post_logout_redirect_uri`` (default the client's)
        and ``state``; the same URL as ``build_logout_url``. Without an ID token (a session that
        never had one) the client's default redirect is not applied: the provider would not honour
        it without ``id_token_hint``, so the bare session-end URL is the answer, not an error."""
        if self.protocol == "oidc" and not id_token and not redirect_uri:
            return _urls.logout_url(self.protocol, self.app_host)
        return self.build_logout_url(redirect_uri=redirect_uri, id_token=id_token, state=state)

    # -- the Node SDK's names for the helpers above (same methods) ----------------------------
    sign_in_by_email_pass_code = sign_in_by_email_passcode
    sign_in_by_phone_pass_code = sign_in_by_phone_passcode
    sign_up_by_email_code = sign_up_by_email_passcode
    sign_up_by_phone_code = sign_up_by_phone_passcode
    get_code_challenge_digest = generate_code_challenge_digest
    sub = sub_event

    async def pub(self, event_code: str, data: str, **call_options: Unpack[CallOptions]) -> PubEventRespDataDto:
        """Publish a user event with ``data`` as the ``eventData`` string, unchanged (Node's ``pub``;
        ``put_event`` JSON-encodes its data, as the official Python SDK does)."""
        return await _pub(self, "/api/v3/pub-userEvent", event_code, data, call_options)


class ManagementEventsMixin(_ManagementBase):
    """``sub_event`` / ``put_event`` of ``ManagementClient`` (AK/SK-signed WebSocket handshake)."""

    __slots__ = ()

    def sub_event(
        self,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> AsyncIterator[str]:
        """Subscribe to an event code and receive its messages.

        Public or custom events. Returns an async iterator (``async for``) that reconnects with
        backoff; leaving the loop closes the socket. ``callback``, if given, is also called with
        each message.
        """
        url = _events.subscription_url(self.websocket_host, self.websocket_endpoint, event_code)
        headers = {"authorization": _events.websocket_authorization(self.access_key_id, self.access_key_secret)}
        return _events.subscribe(self._transport.get_session, url, headers, callback=callback,
                                 max_reconnects=max_reconnects)

    async def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """Publish a custom event (``/api/v3/pub-event``); ``eventData`` is a JSON string of ``data``.

        Returns ``PubEventRespDataDto`` (``success``, ``errMsg``)."""
        answer = await _publish(self, "/api/v3/pub-event", event_code, data, call_options)
        return _pub_event_result(self, answer, "put_event")

    async def make_request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        envelope: bool = True,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """Call any endpoint of this client's host (Node's ``makeRequest``): ``params`` is the
        query, ``data`` the JSON body. Same auth, retries and errors as the generated methods;
        returns the answer's ``data`` (the whole answer with ``envelope=False``)."""
        return await _generic.make_request(self, method, url, params=params, data=data, headers=headers,
                                           envelope=envelope, options=request_options(call_options))

    async def pub(self, event_code: str, data: str, **call_options: Unpack[CallOptions]) -> PubEventRespDataDto:
        """Publish a custom event with ``data`` as the ``eventData`` string, unchanged (Node's
        ``pub``; ``put_event`` JSON-encodes its data, as the official Python SDK does)."""
        return await _pub(self, "/api/v3/pub-event", event_code, data, call_options)

    # -- the Node SDK's name (same method) ----------------------------------------------------
    sub = sub_event
