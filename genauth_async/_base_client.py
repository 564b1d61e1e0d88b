"""The one code path every API call goes through: validate, encode, send, retry, unwrap, convert.

Generated endpoint methods are thin: they hand an ``Endpoint`` descriptor and the argument tuple
to ``_call``. Keeping all behaviour here means a fix to retries or encoding reaches ~500
endpoints at once, and the hot path can be tuned in a single place (prebuilt headers, no log
formatting unless DEBUG is on, no per-call hook building).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import ssl
import time
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, TypeVar

import aiohttp

from . import _json
from ._auth import (
    AuthenticationHeaders,
    ManagementHeaders,
    ManagementToken,
    ManagementTokenProvider,
)
from ._checks import (
    VerifyTypes,
    check_client_arguments,
    check_deadline,
    check_hook,
    check_max_retries,
    check_optional_str,
    check_timeout,
)
from ._endpoint import Endpoint, RequestOptions
from ._hooks import Hooks, RequestHook, RequestInfo, ResponseHook, ResponseInfo, mask_headers
from ._logging import log_request, logger
from ._otel import ENABLED as _OTEL
from ._otel import active as _otel_active
from ._otel import traced as _traced
from ._raw_response import RawResponse, WithRawResponse, raw_method_names
from ._request import Refusal, Request, answer_request_id, decode, encode, encode_raw
from ._retry import FailureKind, RetryPolicy
from ._transport import (
    SDK_VERSION_HEADER,
    USER_AGENT,
    Transport,
    describe_timeout,
    failure_kind,
    warn_unverified_ssl,
)
from .errors import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    TransportError,
    ValidationError,
)

__all__ = ["BaseClient", "BaseManagementClient", "BaseAuthenticationClient", "DEFAULT_HOST"]

DEFAULT_HOST = "https://api.genauth.ai"
#: Seconds one attempt may take when the client is given no ``timeout``.
DEFAULT_TIMEOUT = 10.0
DEFAULT_WEBSOCKET_HOST = "wss://events.genauth.ai"

_Self = TypeVar("_Self", bound="BaseClient")

TOKEN_PATH = "/api/v3/get-management-token"
#: Paths of the protocol endpoints: the official SDK calls them without its x-genauth-* headers.
PROTOCOL_PREFIXES = ("/oidc/", "/oauth/", "/cas-idp/")
# Indirection so tests can observe backoff delays without waiting; never time.sleep.
_sleep = asyncio.sleep


class BaseClient:
    """Transport, retries and envelope handling shared by both clients."""

    _transport: Transport
    _retry_policy: RetryPolicy
    _max_retries: int
    _timeout: float
    _request_timeout: float | None
    _deadline: float | None
    _retry_on_post: bool
    _owns_transport: bool
    #: Paths whose endpoints take app credentials in a Basic header (the generated client sets it
    #: from the spec), so that ``request()`` to one of them authenticates as the endpoint would.
    _basic_auth_paths: frozenset[str] = frozenset()
    #: The official SDK's answers (``Request.whole``): True only on the view ``_envelope_view()``
    #: makes for ``genauth_async.compat``; every typed client keeps False.
    _whole: bool = False
    _envelope_view_of: tuple[Any, Any]
    #: ``on_request`` / ``on_response`` (``genauth_async._hooks``); None when neither is set.
    _hooks: Hooks | None = None
    #: True only on the copy behind ``with_raw_response``: its calls answer a ``RawResponse``.
    _raw: bool = False
    _raw_view_of: tuple[Any, WithRawResponse]
    #: The proxy class: the generated clients set their typed subclass (``_generated/raw.py``).
    _raw_response_class: type[WithRawResponse] = WithRawResponse

    def _init_base(self, base_url: str, arguments: Mapping[str, Any], ssl_setting: bool | ssl.SSLContext) -> None:
        """Transport and retry settings from the constructor's ``arguments``, already checked by
        ``check_client_arguments`` (which resolved ``verify=`` into ``ssl_setting``)."""
        session = arguments.get("session")
        verify, trust_env = arguments.get("verify", True), arguments.get("trust_env", False)
        if session is not None:
            if not isinstance(session, aiohttp.ClientSession):
                raise ValidationError(
                    f"session must be an aiohttp.ClientSession or None, not {type(session).__name__}",
                    param="session",
                )
            if verify is not True or trust_env:
                # They configure the sessions this client creates; a session passed in is used as is.
                raise ValidationError(
                    "verify= and trust_env= do not apply to a session you pass in: configure its connector "
                    "(ssl=...) and trust_env yourself",
                    param="verify" if verify is not True else "trust_env",
                )
        if ssl_setting is False:
            warn_unverified_ssl()
        seconds = check_timeout(arguments.get("timeout"))
        self._timeout = seconds if seconds is not None else DEFAULT_TIMEOUT
        self._deadline = arguments.get("deadline")
        self._deadline_cache: tuple[float, int, float] | None = None
        self._transport = Transport(
            base_url,
            timeout=self._timeout,
            max_connections=arguments.get("max_connections", 100),
            verify_ssl=ssl_setting,
            trust_env=trust_env,
            session=session,
        )
        max_retries = arguments.get("max_retries")
        self._max_retries = max_retries if max_retries is not None else 2
        self._retry_policy = arguments.get("retry_policy") or RetryPolicy(max_retries=self._max_retries)
        self._request_timeout = None  # None: the client's timeout
        self._retry_on_post = arguments.get("retry_on_post", False)
        self._owns_transport = True
        self._hooks = Hooks.of(arguments.get("on_request"), arguments.get("on_response"))

    # -- lifecycle ----------------------------------------------------------------------------

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections (only those this client created; copies close nothing)."""
        if self._owns_transport:
            await self._transport.aclose()

    def with_options(
        self: _Self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> _Self:
        """A copy with other defaults that shares this client's connections and token cache.

        ``None`` keeps this client's setting. ``deadline`` bounds each call of the copy, retries
        and pauses included (see the client's ``deadline``). ``on_request`` / ``on_response``
        replace the client's hooks on the copy (the management token is fetched, and reported,
        by the client that made the copy).
        """
        seconds = check_timeout(timeout)
        retries = check_max_retries(max_retries)
        limit = check_deadline(deadline)
        check_hook(on_request, "on_request")
        check_hook(on_response, "on_response")
        clone = copy.copy(self)
        clone._owns_transport = False
        if seconds is not None:
            clone._request_timeout = seconds
        if retries is not None:
            clone._max_retries = retries
        if limit is not None:
            clone._deadline = limit
        if on_request is not None or on_response is not None:
            hooks = self._hooks
            clone._hooks = Hooks.of(
                on_request if on_request is not None else hooks.on_request if hooks else None,
                on_response if on_response is not None else hooks.on_response if hooks else None,
            )
        return clone

    def _envelope_view(self: _Self) -> _Self:
        """This client as the official SDK answered: whole envelopes, API errors returned, not raised.

        A copy sharing this client's connections, token cache and settings (like ``with_options``),
        made once per client and kept; ``genauth_async.compat`` runs every official method on it,
        so the generated methods and the hand-written helpers answer the official way unchanged.
        """
        cached = self.__dict__.get("_envelope_view_of")
        if cached is not None and cached[0] is self:  # not a cache copied by with_options()
            view: _Self = cached[1]
            return view
        view = copy.copy(self)
        view._owns_transport = False
        view._whole = True
        self._envelope_view_of = (self, view)
        return view

    @property
    def with_raw_response(self) -> WithRawResponse:
        """Every endpoint method (and ``request()``), answering a ``RawResponse``: HTTP status,
        headers, body bytes, request id, elapsed time, retries taken, and ``parse()`` for the typed
        result. ``client.with_raw_response.get_application(app_id="...")``. API errors still raise.

        Made once per client and kept: a copy sharing this client's connections, token cache and
        settings (like ``with_options``) whose calls are flagged ``raw``.
        """
        cached = self.__dict__.get("_raw_view_of")
        if cached is not None and cached[0] is self:  # not a cache copied by with_options()
            made: WithRawResponse = cached[1]
            return made
        view = copy.copy(self)
        view._owns_transport = False
        view._raw = True
        proxy = self._raw_response_class(view, raw_method_names(type(self)))
        self._raw_view_of = (self, proxy)
        return proxy

    def _deadline_for(self, timeout: float, max_retries: int) -> float:
        if self._deadline is not None:
            return self._deadline
        # Computed once per (timeout, max_retries): calls without options all hit the cache.
        cached = self._deadline_cache
        if cached is not None and cached[0] == timeout and cached[1] == max_retries:
            return cached[2]
        value = self._retry_policy.default_deadline(timeout, max_retries)
        self._deadline_cache = (timeout, max_retries, value)
        return value

    # -- subclass hooks: the authenticate stage ------------------------------------------------

    async def _headers(self, request: Request) -> tuple[Mapping[str, str], Any]:
        """Headers for one attempt plus a marker naming the credential used (for 401 handling)."""
        raise NotImplementedError

    def _headers_now(self, request: Request) -> tuple[Mapping[str, str] | None, Any]:
        """Synchronous fast path of ``_headers``; (None, None) when credentials must be awaited."""
        return None, None

    def _on_unauthorized(self, marker: Any) -> bool:
        """Return True when fresh credentials are worth one more attempt."""
        return False

    # -- the generated-code entry point -------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        values: Sequence[Any],
        returns: str | None,
        options: RequestOptions | None = None,
    ) -> Coroutine[Any, Any, Any]:
        """Encode the call now (bad arguments raise here, before anything is scheduled); return
        the coroutine that runs it. A plain function, so a call costs one coroutine frame less."""
        request = encode(endpoint, values, returns, options, self._retry_on_post, self._whole, self._raw)
        if _OTEL and _otel_active():
            return _traced(self._run, request, self._transport.base_url)
        return self._run(request)

    # -- the public escape hatch --------------------------------------------------------------

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
        deadline: float | None = None,
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK.

        Same auth, retries and error mapping as generated methods; returns the envelope's ``data``
        (or, with ``envelope=False``, the parsed JSON or text as it came). ``deadline`` bounds
        this call across its attempts (default: the client's).
        """
        encoded = encode_raw(
            method, path, query=query, json=json, form=form, headers=headers, timeout=timeout,
            max_retries=max_retries, deadline=deadline, envelope=envelope, idempotent=idempotent,
            retry_on_post=self._retry_on_post, basic_auth=path in self._basic_auth_paths, whole=self._whole,
            raw=self._raw,
        )
        if _OTEL and _otel_active():
            return await _traced(self._run, encoded, self._transport.base_url)
        return await self._run(encoded)

    # -- the stages after encoding: authenticate, send, decode, decide ----------------------------

    def _retry_pause(self, attempt: int, request: Request, kind: FailureKind, status: int | None,
                     retry_after: float | None, max_retries: int, budget: float, deadline: float | None,
                     call_started: float) -> tuple[float | None, float | None]:
        """The decide stage: the pause before another attempt (None: raise now), and the call's
        deadline, resolved here on the first failure since a call that succeeds never needs it."""
        decision = self._retry_policy.decide(attempt, request.idempotent, kind, status=status,
                                             retry_after=retry_after, max_retries=max_retries)
        if not decision.retry:
            return None, deadline
        if deadline is None:
            deadline = self._deadline_for(budget, max_retries)
        return (decision.delay if _fits(decision.delay, retry_after, deadline, call_started) else None), deadline

    async def _run(self, request: Request) -> Any:
        """Run one encoded call to its result: attempts, retries, the deadline, the 401 refresh.

        ``request.timeout`` and ``max_retries`` arrive checked (None: the client's);
        ``request.deadline`` bounds the whole call, attempts and pauses (None: the client's, or
        its default from the timeout, resolved only once an attempt has failed).
        """
        timeout = request.timeout
        if timeout is None:
            timeout = self._request_timeout
        max_retries = request.max_retries
        if max_retries is None:
            max_retries = self._max_retries
        # The attempt's budget in seconds (``timeout`` None keeps the transport's prebuilt default).
        budget = timeout if timeout is not None else self._timeout
        deadline = request.deadline
        transport = self._transport
        extra_headers = request.headers
        hooks = self._hooks
        attempt = 0
        refreshed = False
        call_started = time.monotonic()
        clamped = False
        while True:
            headers, marker = self._headers_now(request)
            if headers is None:
                headers, marker = await self._headers(request)
            if extra_headers:
                headers = {**headers, **extra_headers}
            if attempt or refreshed:
                # A later attempt gets what is left of the deadline, if that is less than a timeout.
                if deadline is None:
                    deadline = self._deadline_for(budget, max_retries)
                left = deadline - (time.monotonic() - call_started)
                if left < budget:
                    timeout = budget = max(left, _MIN_ATTEMPT)
                    clamped = True
            debug = logger.isEnabledFor(logging.DEBUG)
            started = time.perf_counter() if debug or hooks is not None else 0.0
            if hooks is not None:
                await hooks.request(RequestInfo(request.method, request.path, request.name, attempt,
                                                mask_headers(headers)))
            try:
                status, answer_headers, raw = await transport.send(request, headers, timeout)
            except TransportError as failure:
                exc = failure
                if isinstance(exc, APITimeoutError):
                    exc = describe_timeout(exc, request.name, request.method, request.path, budget,
                                           deadline if clamped else None)
                kind = failure_kind(exc)
                if hooks is not None:
                    await hooks.response(ResponseInfo(request.method, request.path, request.name, attempt, None, None,
                                                      time.perf_counter() - started, type(exc).__name__))
                if debug:
                    log_request(request.method, request.path, request.query, None, None,
                                (time.perf_counter() - started) * 1000, None, attempt, f"failed: {type(exc).__name__}")
                delay = None
                if kind is not None:
                    delay, deadline = self._retry_pause(attempt, request, kind, None, None, max_retries, budget,
                                                        deadline, call_started)
                if delay is not None:
                    await _sleep(delay)
                    attempt += 1
                    continue
                exc.retries_taken = attempt
                if exc is failure:
                    raise
                raise exc from failure.__cause__

            outcome = decode(request, status, answer_headers, raw)
            if hooks is not None:
                await hooks.response(_response_info(request, attempt, status, answer_headers, raw, outcome, started))
            if outcome.__class__ is not Refusal:
                if debug:
                    log_request(request.method, request.path, request.query, status,
                                200 if request.envelope else None, (time.perf_counter() - started) * 1000,
                                answer_request_id(raw) if request.envelope else None, attempt)
                if request.raw:
                    return RawResponse(status, answer_headers, raw, outcome, attempt, time.monotonic() - call_started)
                return outcome
            error = outcome.error
            if debug:
                log_request(request.method, request.path, request.query, status,
                            error.status_code if isinstance(error, APIError) else None,
                            (time.perf_counter() - started) * 1000, error.request_id, attempt,
                            f"error: {type(error).__name__}")
            if (isinstance(error, AuthenticationError) and request.auth and not refreshed
                    and self._on_unauthorized(marker)):
                refreshed = True  # once per call; does not count against max_retries
                continue
            # A Retry-After beyond what is left of the deadline fails now (the error carries it).
            delay, deadline = self._retry_pause(attempt, request, FailureKind.STATUS, outcome.status,
                                                outcome.retry_after, max_retries, budget, deadline, call_started)
            if delay is not None:
                await _sleep(delay)
                attempt += 1
                continue
            if request.whole and isinstance(error, APIError) and error.body is not None:
                return error.body  # the official SDK returns the server's answer, whatever it says
            error.retries_taken = attempt
            raise error


def _response_info(request: Request, attempt: int, status: int, headers: Mapping[str, str], raw: bytes,
                   outcome: Any, started: float) -> ResponseInfo:
    """The ``on_response`` record of an attempt that got an answer (built only when a hook is set)."""
    elapsed = time.perf_counter() - started
    if outcome.__class__ is Refusal:
        error = outcome.error
        return ResponseInfo(request.method, request.path, request.name, attempt, status, error.request_id, elapsed,
                            type(error).__name__)
    found = answer_request_id(raw) if request.envelope else None
    if found is None:
        found = headers.get("x-request-id")
    return ResponseInfo(request.method, request.path, request.name, attempt, status,
                        str(found) if found is not None else None, elapsed, None)


#: The least time worth starting an attempt with, when the deadline clamps its timeout.
_MIN_ATTEMPT = 0.05


def _fits(delay: float, retry_after: float | None, deadline: float, call_started: float) -> bool:
    """Whether a pause of ``delay`` (and the server's ``retry_after``) leaves time for an attempt."""
    left = deadline - (time.monotonic() - call_started)
    if retry_after is not None and retry_after > left:
        return False
    return delay + _MIN_ATTEMPT <= left


# ---------------------------------------------------------------------------------------------
# Management


class BaseManagementClient(BaseClient):
    """Management API client core: AK/SK -> management token -> Bearer on every call."""

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        host: str | None = None,
        timeout: float = 10.0,
        lang: str | None = None,
        use_unverified_ssl: bool = False,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        *,
        max_retries: int = 2,
        max_connections: int = 100,
        session: aiohttp.ClientSession | None = None,
        retry_on_post: bool = False,
        token_leeway: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        arguments = {
            "access_key_id": access_key_id, "access_key_secret": access_key_secret, "host": host,
            "timeout": timeout, "lang": lang, "use_unverified_ssl": use_unverified_ssl,
            "websocket_host": websocket_host, "websocket_endpoint": websocket_endpoint,
            "max_retries": max_retries, "max_connections": max_connections, "session": session,
            "retry_on_post": retry_on_post, "token_leeway": token_leeway, "retry_policy": retry_policy,
            "verify": verify, "trust_env": trust_env, "deadline": deadline,
            "on_request": on_request, "on_response": on_response,
        }
        ssl_setting = check_client_arguments(arguments)
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.host = (host or DEFAULT_HOST).rstrip("/")
        self.timeout = timeout
        self.lang = lang
        self.use_unverified_ssl = use_unverified_ssl
        self.websocket_host = websocket_host or DEFAULT_WEBSOCKET_HOST
        self.websocket_endpoint = websocket_endpoint or "/events/v1/management/sub"
        self._init_base(self.host, arguments, ssl_setting)
        self._mgmt_headers = ManagementHeaders(lang=lang, sdk_version=SDK_VERSION_HEADER, user_agent=USER_AGENT)
        self._token_provider = ManagementTokenProvider(
            self._fetch_management_token, access_key_id, access_key_secret, leeway=token_leeway
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.host!r}, access_key_id={self.access_key_id!r})"

    async def _fetch_management_token(self, body: Mapping[str, Any]) -> Any:
        # Fetching a token changes nothing on the server, so it is safe to retry like a GET.
        request = Request("POST", TOKEN_PATH, body=_json.dumps(dict(body)), json_body=True, idempotent=True,
                          auth=False)
        if _OTEL and _otel_active():
            return await _traced(self._run, request, self._transport.base_url, "get_management_token")
        return await self._run(request)

    async def get_management_token(self) -> ManagementToken:
        """The current management token (fetched if needed)."""
        return await self._token_provider.get()

    def _headers_now(self, request: Request) -> tuple[Mapping[str, str] | None, Any]:
        if not request.auth:
            return self._mgmt_headers.unauthenticated(request.json_body), None
        token = self._token_provider.current()
        if token is None:
            return None, None
        return self._mgmt_headers.for_token(token, request.json_body), token.access_token

    async def _headers(self, request: Request) -> tuple[Mapping[str, str], Any]:
        if not request.auth:
            return self._mgmt_headers.unauthenticated(request.json_body), None
        token = await self._token_provider.get()
        return self._mgmt_headers.for_token(token, request.json_body), token.access_token

    def _on_unauthorized(self, marker: Any) -> bool:
        self._token_provider.invalidate(marker)
        return True


# ---------------------------------------------------------------------------------------------
# Authentication


class BaseAuthenticationClient(BaseClient):
    """Authentication API client core: app id header, user token, app credentials."""

    def __init__(
        self,
        app_id: str,
        app_host: str,
        app_secret: str | None = None,
        access_token: str | None = None,
        timeout: float = 10.0,
        protocol: str | None = None,
        token_endpoint_auth_method: str | None = None,
        introspection_endpoint_auth_method: str | None = None,
        revocation_endpoint_auth_method: str | None = None,
        redirect_uri: str | None = None,
        post_logout_redirect_uri: str | None = None,
        use_unverified_ssl: bool = False,
        lang: str | None = None,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        real_ip: str | None = None,
        *,
        max_retries: int = 2,
        max_connections: int = 100,
        session: aiohttp.ClientSession | None = None,
        retry_on_post: bool = False,
        retry_policy: RetryPolicy | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        if not app_id:
            raise ValidationError("Please provide app_id", param="app_id")
        arguments = {
            "app_id": app_id, "app_host": app_host, "app_secret": app_secret, "access_token": access_token,
            "timeout": timeout, "protocol": protocol, "token_endpoint_auth_method": token_endpoint_auth_method,
            "introspection_endpoint_auth_method": introspection_endpoint_auth_method,
            "revocation_endpoint_auth_method": revocation_endpoint_auth_method, "redirect_uri": redirect_uri,
            "post_logout_redirect_uri": post_logout_redirect_uri, "use_unverified_ssl": use_unverified_ssl,
            "lang": lang, "websocket_host": websocket_host, "websocket_endpoint": websocket_endpoint,
            "real_ip": real_ip, "max_retries": max_retries, "max_connections": max_connections,
            "session": session, "retry_on_post": retry_on_post, "retry_policy": retry_policy,
            "verify": verify, "trust_env": trust_env, "deadline": deadline,
            "on_request": on_request, "on_response": on_response,
        }
        ssl_setting = check_client_arguments(arguments)
        self.app_id = app_id
        self.app_host = (app_host or DEFAULT_HOST).rstrip("/")
        self.app_secret = app_secret
        self.access_token = access_token
        self.timeout = timeout
        self.protocol = protocol or "oidc"
        self.token_endpoint_auth_method = token_endpoint_auth_method or "client_secret_post"
        self.introspection_endpoint_auth_method = introspection_endpoint_auth_method or "client_secret_post"
        self.revocation_endpoint_auth_method = revocation_endpoint_auth_method or "client_secret_post"
        self.redirect_uri = redirect_uri
        self.post_logout_redirect_uri = post_logout_redirect_uri
        self.use_unverified_ssl = use_unverified_ssl
        self.lang = lang
        self.websocket_host = websocket_host or DEFAULT_WEBSOCKET_HOST
        self.websocket_endpoint = websocket_endpoint or "/events/v1/authentication/sub"
        self.real_ip = real_ip
        self._init_base(self.app_host, arguments, ssl_setting)
        self._auth_headers = AuthenticationHeaders(
            app_id=app_id, app_secret=app_secret, lang=lang, real_ip=real_ip,
            token_endpoint_auth_method=self.token_endpoint_auth_method,
            sdk_version=SDK_VERSION_HEADER, user_agent=USER_AGENT,
        )
        self._protocol_headers: dict[str, str] = {"User-Agent": USER_AGENT}
        self._auth_headers.set_access_token(access_token)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_id={self.app_id!r}, app_host={self.app_host!r})"

    def set_access_token(self, access_token: str | None) -> None:
        """Use this user access token (sent raw in ``authorization``) for later calls."""
        check_optional_str(access_token, "access_token", header=True)
        self.access_token = access_token
        self._auth_headers.set_access_token(access_token)

    async def _headers(self, request: Request) -> tuple[Mapping[str, str], Any]:
        headers, marker = self._headers_now(request)
        assert headers is not None  # an authentication client never waits for credentials
        return headers, marker

    def _headers_now(self, request: Request) -> tuple[Mapping[str, str] | None, Any]:
        basic_auth, json_body = request.basic_auth, request.json_body
        if not request.envelope and request.path.startswith(PROTOCOL_PREFIXES):
            # Protocol endpoints (/oidc, /oauth, /cas-idp) get no x-genauth-* headers, like the
            # official protocol client; client auth comes from the helper (form fields, extra
            # headers) or, for descriptors flagged basic_auth, from client_secret_basic.
            # Other unenveloped calls (verify_mfa_token's /mfa/token/introspection) go through the
            # official V3 client, which sends the app id and the user's token.
            headers = self._protocol_headers
            if basic_auth and self._auth_headers.use_basic:
                headers = {**headers, "authorization": self._auth_headers.basic_value}
            if json_body:
                headers = {**headers, "Content-Type": "application/json"}
            return headers, None
        return self._auth_headers.get(basic_auth, json_body), None
