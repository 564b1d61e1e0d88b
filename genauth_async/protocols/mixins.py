"""The hand-written helpers of the official clients, as mixins the generated clients inherit.

``AuthenticationProtocolMixin`` (AuthenticationClient) and ``ManagementEventsMixin``
(ManagementClient) hold no state of their own and talk to the server only through the client's
public ``request()`` (raw protocol answers with ``envelope=False``) and its pooled session, so
retries, timeouts, TLS settings and log redaction are the same as for every generated endpoint.
Their methods are typed against small Protocols (``self: _AuthHost``) rather than the concrete
client class, which keeps this package importable without the generated code.

They must come *before* the generated area mixins in the clients' bases: ``put_event`` here
replaces the generated one (the official SDK sends ``eventData`` as a JSON string, the generated
descriptor would send the object).
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from .._converter import from_wire
from ..errors import ResponseFormatError, ValidationError
from . import cas as _cas
from . import events as _events
from . import offline as _offline
from . import pkce as _pkce
from . import urls as _urls
from .tokens import client_auth, protocol_prefix

if TYPE_CHECKING:
    from .._transport import Transport

__all__ = ["AuthenticationProtocolMixin", "ManagementEventsMixin"]


class _Requester(Protocol):
    @property
    def _transport(self) -> Transport: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        form: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        envelope: bool = True,
        idempotent: bool | None = None,
    ) -> Any: ...


class _AuthHost(_Requester, Protocol):
    """What the authentication helpers need from the client (BaseAuthenticationClient + generated)."""

    @property
    def app_id(self) -> str: ...
    @property
    def app_host(self) -> str: ...
    @property
    def app_secret(self) -> str | None: ...
    @property
    def access_token(self) -> str | None: ...
    @property
    def protocol(self) -> str: ...
    @property
    def token_endpoint_auth_method(self) -> str: ...
    @property
    def introspection_endpoint_auth_method(self) -> str: ...
    @property
    def revocation_endpoint_auth_method(self) -> str: ...
    @property
    def redirect_uri(self) -> str | None: ...
    @property
    def post_logout_redirect_uri(self) -> str | None: ...
    @property
    def websocket_host(self) -> str: ...
    @property
    def websocket_endpoint(self) -> str: ...

    async def sign_in_by_credentials(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        ad_payload: Any = None,
        ldap_payload: Any = None,
        options: Any = None,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> Any: ...

    async def sign_up(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        profile: Any = None,
        options: Any = None,
    ) -> Any: ...


class _ManagementHost(_Requester, Protocol):
    @property
    def access_key_id(self) -> str: ...
    @property
    def access_key_secret(self) -> str: ...
    @property
    def websocket_host(self) -> str: ...
    @property
    def websocket_endpoint(self) -> str: ...


# One JWKS cache per client object (weak, so a dropped client frees it); a copy made by
# with_options() gets its own, which costs one extra fetch at most.
_JWKS: weakref.WeakKeyDictionary[Any, _offline.JwksCache] = weakref.WeakKeyDictionary()


def _jwks_cache(client: _AuthHost) -> _offline.JwksCache:
    cache = _JWKS.get(client)
    if cache is None:
        async def fetch() -> Any:
            return await client.request("GET", "/oidc/.well-known/jwks.json", envelope=False, idempotent=True)

        cache = _offline.JwksCache(fetch)
        _JWKS[client] = cache
    return cache


def _compact(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if v is not None}


def _as_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResponseFormatError(f"{what}: expected a JSON object", http_status=200)
    return value


def _post_credentials(client: _AuthHost) -> tuple[str | None, str | None]:
    """client_id/client_secret for V3 sign-in bodies: only under client_secret_post (basic goes in
    the header, which the transport adds for /api/v3/signin; none needs nothing)."""
    if client.token_endpoint_auth_method == "client_secret_post":
        return client.app_id, client.app_secret
    return None, None


async def _sign_in_password(client: _AuthHost, payload: dict[str, Any], options: Any) -> Any:
    client_id, client_secret = _post_credentials(client)
    return await client.sign_in_by_credentials(
        "PASSWORD", password_payload=_compact(payload), options=options,
        client_id=client_id, client_secret=client_secret,
    )


async def _token_request(client: _AuthHost, form: dict[str, Any], *, idempotent: bool) -> dict[str, Any]:
    prefix = protocol_prefix(client.protocol)
    auth = client_auth(client.token_endpoint_auth_method, client.app_id, client.app_secret,
                       setting="token_endpoint_auth_method")
    answer = await client.request(
        "POST", f"{prefix}/token", form={**auth.form, **_compact(form)}, headers=auth.headers,
        envelope=False, idempotent=idempotent,
    )
    return _as_dict(answer, "token endpoint")


class AuthenticationProtocolMixin:
    """OIDC/OAuth/SAML/CAS helpers, sign-in/sign-up wrappers and events of ``AuthenticationClient``."""

    __slots__ = ()

    # -- URL builders and PKCE: no I/O, plain methods ------------------------------------------

    def build_authorize_url(
        self: _AuthHost,
        redirect_uri: str | None = None,
        response_type: str | None = None,
        response_mode: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        scope: str | None = None,
        code_challenge_method: str | None = None,
        code_challenge: str | None = None,
        service: str | None = None,
    ) -> str:
        """The login URL for the client's ``protocol`` (oidc, oauth, saml, cas).

        ``state`` and ``nonce`` default to fresh random values; read them back from the URL (or
        pass your own) to check them on the callback.
        """
        return _urls.authorize_url(
            self.protocol, self.app_host, self.app_id,
            redirect_uri=redirect_uri or self.redirect_uri, response_type=response_type,
            response_mode=response_mode, state=state, nonce=nonce, scope=scope,
            code_challenge_method=code_challenge_method, code_challenge=code_challenge, service=service,
        )

    def generate_code_challenge(self, length: int = 43) -> str:
        """A new PKCE code *verifier* (the official name is kept): ``length`` 43-128 random
        characters from the RFC 7636 unreserved set. Keep it; send its digest as ``code_challenge``."""
        return _pkce.generate_code_verifier(length)

    def generate_code_challenge_digest(self, code_challenge: str, method: str | None = None) -> str:
        """The ``code_challenge`` for a verifier: S256 (default) or plain."""
        return _pkce.code_challenge(code_challenge, method)

    def build_logout_url(
        self: _AuthHost, redirect_uri: str | None = None, id_token: str | None = None, state: str | None = None
    ) -> str:
        """The sign-out URL: OIDC session end (``redirect_uri`` defaults to ``post_logout_redirect_uri``
        and then needs ``id_token``), CAS logout, or the hosted-login logout for other protocols."""
        if self.protocol == "oidc":
            redirect_uri = redirect_uri or self.post_logout_redirect_uri
        return _urls.logout_url(self.protocol, self.app_host, redirect_uri=redirect_uri, id_token=id_token,
                                state=state)

    # -- token endpoint ----------------------------------------------------------------------

    async def get_access_token_by_code(self: _AuthHost, code: str, code_verifier: str | None = None) -> dict[str, Any]:
        """Exchange an authorization code (plus the PKCE verifier, if one was used) for tokens.

        Authenticates the app per ``token_endpoint_auth_method``. Never retried once sent: a code
        is single-use, so a repeat would fail and could mask the real outcome.
        """
        if not self.redirect_uri:
            raise ValidationError("redirect_uri must be set on the client to exchange a code",
                                  param="redirect_uri")
        if not code:
            raise ValidationError("code is required", param="code")
        return await _token_request(
            self,
            {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri,
             "code_verifier": code_verifier},
            idempotent=False,
        )

    async def get_access_token_by_client_credentials(
        self: _AuthHost, scope: str, access_key: str, access_secret: str
    ) -> dict[str, Any]:
        """Machine-to-machine token for a programmatic access account (its AK/SK in the form)."""
        if not scope:
            raise ValidationError("scope is required (space-separated permission items)", param="scope")
        if not access_key or not access_secret:
            raise ValidationError("access_key and access_secret are required", param="access_key")
        prefix = protocol_prefix(self.protocol)
        answer = await self.request(
            "POST", f"{prefix}/token",
            form={"grant_type": "client_credentials", "client_id": access_key, "client_secret": access_secret,
                  "scope": scope},
            envelope=False, idempotent=True,
        )
        return _as_dict(answer, "token endpoint")

    async def get_new_access_token_by_refresh_token(self: _AuthHost, refresh_token: str) -> dict[str, Any]:
        """New tokens from a refresh token (issued when the scope had ``offline_access``)."""
        if not refresh_token:
            raise ValidationError("refresh_token is required", param="refresh_token")
        return await _token_request(self, {"grant_type": "refresh_token", "refresh_token": refresh_token},
                                    idempotent=False)

    async def get_user_info_by_access_token(self: _AuthHost, access_token: str) -> dict[str, Any]:
        """The userinfo endpoint's claims for ``access_token`` (sent as a Bearer token)."""
        if not access_token:
            raise ValidationError("access_token is required", param="access_token")
        prefix = protocol_prefix(self.protocol)
        answer = await self.request(
            "POST", f"{prefix}/me", form={}, headers={"authorization": f"Bearer {access_token}"},
            envelope=False, idempotent=True,
        )
        return _as_dict(answer, "userinfo endpoint")

    # -- introspection and revocation ------------------------------------------------------------

    async def introspect_token(self: _AuthHost, token: str) -> dict[str, Any]:
        """Ask the server whether ``token`` is active (RFC 7662); ``{"active": false}`` when not."""
        prefix = protocol_prefix(self.protocol)
        auth = client_auth(self.introspection_endpoint_auth_method, self.app_id, self.app_secret,
                           setting="introspection_endpoint_auth_method")
        answer = await self.request(
            "POST", f"{prefix}/token/introspection", form={**auth.form, "token": token}, headers=auth.headers,
            envelope=False, idempotent=True,
        )
        return _as_dict(answer, "introspection endpoint")

    async def introspect_token_offline(
        self: _AuthHost,
        token: str,
        server_jwks: Mapping[str, Any] | None = None,
        *,
        leeway: float = _offline.DEFAULT_LEEWAY,
        issuer: str | None = None,
    ) -> dict[str, Any]:
        """Verify an RS256 ``token`` locally and return its claims, or raise ``TokenVerificationError``.

        Keys come from ``server_jwks`` when given, else from the application's JWKS (fetched once,
        cached, refetched when the token names an unknown key). Checks ``alg`` (RS256 only), the
        signature, ``iss`` (default ``{app_host}/oidc``), ``aud`` (this app id), ``exp`` (required),
        ``nbf`` and ``iat`` with ``leeway`` seconds of clock skew.
        """
        return await _offline.verify_with_cache(
            token,
            None if server_jwks is not None else _jwks_cache(self),
            server_jwks,
            audience=self.app_id,
            issuer=issuer or f"{self.app_host.rstrip('/')}/oidc",
            leeway=leeway,
        )

    async def revoke_token(self: _AuthHost, token: str) -> bool:
        """Revoke an access or refresh token (RFC 7009); True once the server accepted the request."""
        prefix = protocol_prefix(self.protocol)
        auth = client_auth(self.revocation_endpoint_auth_method, self.app_id, self.app_secret,
                           setting="revocation_endpoint_auth_method")
        await self.request(
            "POST", f"{prefix}/token/revocation", form={**auth.form, "token": token}, headers=auth.headers,
            envelope=False, idempotent=True,
        )
        return True

    # -- CAS -----------------------------------------------------------------------------------

    async def validate_ticket_v1(self: _AuthHost, ticket: str, service: str) -> dict[str, Any]:
        """CAS 1.0 ``/validate``: ``{"valid": True, "username": ...}`` or ``{"valid": False, "message": ...}``."""
        answer = await self.request(
            "GET", f"/cas-idp/{quote(self.app_id, safe='')}/validate",
            query={"service": service, "ticket": ticket}, envelope=False, idempotent=False,
        )
        return _cas.parse_v1(answer)

    async def validate_ticket_v2(
        self: _AuthHost, ticket: str, service: str, format: str = "JSON"
    ) -> dict[str, Any]:
        """CAS 2.0 ``/serviceValidate`` (``format`` JSON or XML), read into
        ``{"valid", "username", "attributes"}`` or ``{"valid": False, "code", "message"}``."""
        fmt = format.upper()
        if fmt not in ("JSON", "XML"):
            raise ValidationError("format must be JSON or XML", param="format")
        answer = await self.request(
            "GET", f"/cas-idp/{quote(self.app_id, safe='')}/serviceValidate",
            query={"service": service, "ticket": ticket, "format": fmt}, envelope=False, idempotent=False,
        )
        return _cas.parse_v2(answer)

    # -- sign-in / sign-up wrappers ----------------------------------------------------------

    async def sign_in_by_email_password(self: _AuthHost, email: str, password: str, options: Any = None) -> Any:
        """Sign in with email + password (``/api/v3/signin``, connection PASSWORD)."""
        return await _sign_in_password(self, {"email": email, "password": password},
                                                                    options)

    async def sign_in_by_phone_password(self: _AuthHost, phone: str, password: str, options: Any = None) -> Any:
        """Sign in with phone number + password."""
        return await _sign_in_password(self, {"phone": phone, "password": password},
                                                                    options)

    async def sign_in_by_username_password(
        self: _AuthHost, username: str, password: str, options: Any = None
    ) -> Any:
        """Sign in with username + password."""
        return await _sign_in_password(
            self, {"username": username, "password": password}, options)

    async def sign_in_by_account_password(self: _AuthHost, account: str, password: str, options: Any = None) -> Any:
        """Sign in with any of username / phone / email + password."""
        return await _sign_in_password(
            self, {"account": account, "password": password}, options)

    async def sign_in_by_email_passcode(self: _AuthHost, email: str, pass_code: str, options: Any = None) -> Any:
        """Sign in with email + one-time code (connection PASSCODE)."""
        client_id, client_secret = _post_credentials(self)
        return await self.sign_in_by_credentials(
            "PASSCODE", pass_code_payload={"email": email, "passCode": pass_code}, options=options,
            client_id=client_id, client_secret=client_secret,
        )

    async def sign_in_by_phone_passcode(
        self: _AuthHost, phone: str, pass_code: str, phone_country_code: str | None = None, options: Any = None
    ) -> Any:
        """Sign in with phone number + one-time code."""
        client_id, client_secret = _post_credentials(self)
        return await self.sign_in_by_credentials(
            "PASSCODE",
            pass_code_payload=_compact({"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}),
            options=options, client_id=client_id, client_secret=client_secret,
        )

    async def sign_in_by_ldap(self: _AuthHost, sAMAccountName: str, password: str, options: Any = None) -> Any:  # noqa: N803
        """Sign in against the LDAP directory (official parameter name kept)."""
        client_id, client_secret = _post_credentials(self)
        return await self.sign_in_by_credentials(
            "LDAP", ldap_payload={"sAMAccountName": sAMAccountName, "password": password}, options=options,
            client_id=client_id, client_secret=client_secret,
        )

    async def sign_in_by_ad(self: _AuthHost, sAMAccountName: str, password: str, options: Any = None) -> Any:  # noqa: N803
        """Sign in against Windows AD (official parameter name kept)."""
        client_id, client_secret = _post_credentials(self)
        return await self.sign_in_by_credentials(
            "AD", ad_payload={"sAMAccountName": sAMAccountName, "password": password}, options=options,
            client_id=client_id, client_secret=client_secret,
        )

    async def sign_up_by_email_password(
        self: _AuthHost, email: str, password: str, profile: Any = None, options: Any = None
    ) -> Any:
        """Register with email + password (``/api/v3/signup``)."""
        return await self.sign_up("PASSWORD", password_payload={"email": email, "password": password},
                                  profile=profile, options=options)

    async def sign_up_by_username_password(
        self: _AuthHost, username: str, password: str, profile: Any = None, options: Any = None
    ) -> Any:
        """Register with username + password."""
        return await self.sign_up("PASSWORD", password_payload={"username": username, "password": password},
                                  profile=profile, options=options)

    async def sign_up_by_email_passcode(
        self: _AuthHost, email: str, pass_code: str, profile: Any = None, options: Any = None
    ) -> Any:
        """Register with email + one-time code."""
        return await self.sign_up("PASSCODE", pass_code_payload={"email": email, "passCode": pass_code},
                                  profile=profile, options=options)

    async def sign_up_by_phone_passcode(
        self: _AuthHost,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        profile: Any = None,
        options: Any = None,
    ) -> Any:
        """Register with phone number + one-time code."""
        return await self.sign_up(
            "PASSCODE",
            pass_code_payload=_compact({"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}),
            profile=profile, options=options,
        )

    # -- events --------------------------------------------------------------------------------

    def sub_event(
        self: _AuthHost,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> AsyncIterator[str]:
        """Messages of ``event_code`` for the signed-in user, as an async iterator (``async for``).

        Needs the user's access token (``set_access_token``). Reconnects with backoff; leaving the
        loop closes the socket. ``callback``, if given, is also called with each message.
        """
        if not self.access_token:
            raise ValidationError("access_token cannot be empty: call set_access_token first",
                                  param="access_token")
        url = _events.subscription_url(self.websocket_host, self.websocket_endpoint, event_code, self.access_token)
        return _events.subscribe(self._transport.get_session, url, None, callback=callback,
                                 max_reconnects=max_reconnects)

    async def put_event(
        self: _AuthHost,
        event_code: str,
        data: Any,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Publish a user event (``/api/v3/pub-userEvent``); ``eventData`` goes as a JSON string of
        ``data``, like the official SDK, so subscribers see the same payload either way."""
        if not event_code:
            raise ValidationError("event_code cannot be empty", param="event_code")
        body = {**(extra_body or {}), "eventType": event_code, "eventData": _events.encode_event_data(data)}
        return await self.request("POST", "/api/v3/pub-userEvent", json=body, query=extra_query,
                                  headers=extra_headers, timeout=request_timeout, max_retries=max_retries)


class ManagementEventsMixin:
    """``sub_event`` / ``put_event`` of ``ManagementClient`` (AK/SK-signed WebSocket handshake)."""

    __slots__ = ()

    def sub_event(
        self: _ManagementHost,
        event_code: str,
        callback: Callable[[str], Any] | None = None,
        *,
        max_reconnects: int | None = None,
    ) -> AsyncIterator[str]:
        """Messages of ``event_code`` (public or custom events), as an async iterator (``async for``).

        Reconnects with backoff; leaving the loop closes the socket. ``callback``, if given, is
        also called with each message.
        """
        url = _events.subscription_url(self.websocket_host, self.websocket_endpoint, event_code)
        headers = {"authorization": _events.websocket_authorization(self.access_key_id, self.access_key_secret)}
        return _events.subscribe(self._transport.get_session, url, headers, callback=callback,
                                 max_reconnects=max_reconnects)

    async def put_event(
        self: _ManagementHost,
        event_code: str,
        data: Any,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Publish a custom event (``/api/v3/pub-event``); ``eventData`` is a JSON string of ``data``.

        Returns ``PubEventRespDataDto`` (``success``, ``errMsg``)."""
        if not event_code:
            raise ValidationError("event_code cannot be empty", param="event_code")
        body = {**(extra_body or {}), "eventType": event_code, "eventData": _events.encode_event_data(data)}
        answer = await self.request("POST", "/api/v3/pub-event", json=body, query=extra_query,
                                    headers=extra_headers, timeout=request_timeout, max_retries=max_retries)
        return from_wire(answer, "PubEventRespDataDto") if answer is not None else None
