"""The one code path every API call goes through: validate, encode, send, retry, unwrap, convert.

Generated endpoint methods are thin: they hand an ``Endpoint`` descriptor and the argument tuple
to ``_call``. Keeping all behaviour here means a fix to retries or encoding reaches ~500
endpoints at once, and the hot path can be tuned in a single place (prebuilt headers, no log
formatting unless DEBUG is on, no per-call hook building).
"""

from __future__ import annotations

import asyncio
import copy
import enum
import logging
import time
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import aiohttp
import attrs

from . import _json
from ._auth import (
    AuthenticationHeaders,
    ManagementHeaders,
    ManagementToken,
    ManagementTokenProvider,
)
from ._converter import from_answer, to_wire
from ._endpoint import Endpoint, Param, RequestOptions
from ._logging import log_request, logger
from ._model import UNSET
from ._retry import FailureKind, RetryDecision, RetryPolicy
from ._transport import (
    SDK_VERSION_HEADER,
    USER_AGENT,
    Transport,
    failure_kind,
    map_failure,
    warn_unverified_ssl,
)
from .errors import (
    APIError,
    AuthenticationError,
    ResponseFormatError,
    ValidationError,
    make_api_error,
)

__all__ = ["BaseClient", "BaseManagementClient", "BaseAuthenticationClient", "DEFAULT_HOST"]

DEFAULT_HOST = "https://api.genauth.ai"
DEFAULT_WEBSOCKET_HOST = "wss://events.genauth.ai"

_Self = TypeVar("_Self", bound="BaseClient")

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_EMPTY_JSON = b"{}"
_NO_RETRY = RetryDecision(False)
_EXCERPT = 200
# Indirection so tests can observe backoff delays without waiting; never time.sleep.
_sleep = asyncio.sleep


def _normalise_timeout(timeout: float | None) -> float | None:
    # The official docstring speaks of milliseconds (10000) while its default is 10.0 seconds;
    # no API call legitimately needs 1000 s, so such values are read as milliseconds.
    if timeout is None:
        return None
    timeout = float(timeout)
    if timeout >= 1000:
        return timeout / 1000.0
    return timeout


# ---------------------------------------------------------------------------------------------
# Argument validation and encoding


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_float(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def _is_list(v: Any) -> bool:
    return isinstance(v, (list, tuple))


def _is_dict(v: Any) -> bool:
    return isinstance(v, Mapping) or attrs.has(type(v))


_KIND_TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}
_KIND_CHECKS = {
    "str": _is_str,
    "int": _is_int,
    "float": _is_float,
    "bool": _is_bool,
    "list": _is_list,
    "dict": _is_dict,
}


def _query_scalar(value: Any) -> str | None:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None or value is UNSET:
        return None
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return _query_scalar(value.value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, Mapping) or attrs.has(type(value)):
        return _json.dumps(to_wire(value)).decode("utf-8")
    return str(value)


def _append_query(out: list[tuple[str, str]], key: str, value: Any) -> None:
    """bool -> true/false, lists -> repeated keys, None dropped (also inside lists)."""
    if isinstance(value, (list, tuple)):
        for item in value:
            encoded = _query_scalar(item)
            if encoded is not None:
                out.append((key, encoded))
        return
    encoded = _query_scalar(value)
    if encoded is not None:
        out.append((key, encoded))


def _encode_query(query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not query:
        return out
    items = query.items() if isinstance(query, Mapping) else query
    for key, value in items:
        _append_query(out, key, value)
    return out


def _drop_empty(body: Mapping[str, Any]) -> dict[str, Any]:
    return {k: to_wire(v) for k, v in body.items() if v is not None and v is not UNSET}


@attrs.frozen(slots=True)
class _Plan:
    """Per-endpoint facts derived once from the descriptor."""

    body: str | None  # "json" | "form" | None
    idempotent: bool
    has_path_params: bool
    required: tuple[int, ...]  # positions of the required parameters


_plans: dict[int, tuple[Endpoint, _Plan]] = {}


def _plan_for(endpoint: Endpoint) -> _Plan:
    entry = _plans.get(id(endpoint))
    if entry is not None and entry[0] is endpoint:
        return entry[1]
    method = endpoint.method.upper()
    if any(p.location == "form" for p in endpoint.params):
        body: str | None = "form"
    elif method in _BODY_METHODS:
        body = "json"
    else:
        body = None
    plan = _Plan(
        body=body,
        idempotent=endpoint.idempotent or method in _SAFE_METHODS,
        has_path_params=any(p.location == "path" for p in endpoint.params),
        required=tuple(i for i, p in enumerate(endpoint.params) if p.required),
    )
    _plans[id(endpoint)] = (endpoint, plan)  # keeping the endpoint alive keeps id() unique
    return plan


def _validation_error(endpoint: Endpoint, param: Param, message: str) -> ValidationError:
    return ValidationError(f"{endpoint.name}(): argument {param.name!r} {message}", param=param.name)


# ---------------------------------------------------------------------------------------------
# Response interpretation


def _excerpt(raw: bytes) -> str:
    return raw[:_EXCERPT].decode("utf-8", errors="replace").strip()


def _as_int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    from ._retry import parse_retry_after

    return parse_retry_after(headers.get("Retry-After"))


class BaseClient:
    """Transport, retries and envelope handling shared by both clients."""

    _transport: Transport
    _retry_policy: RetryPolicy
    _max_retries: int
    _request_timeout: float | None
    _retry_on_post: bool
    _owns_transport: bool

    def _init_base(
        self,
        *,
        base_url: str,
        timeout: float | None,
        max_retries: int,
        max_connections: int,
        session: aiohttp.ClientSession | None,
        use_unverified_ssl: bool,
        retry_on_post: bool,
        retry_policy: RetryPolicy | None,
    ) -> None:
        if use_unverified_ssl:
            warn_unverified_ssl()
        seconds = _normalise_timeout(timeout)
        self._transport = Transport(
            base_url,
            timeout=seconds if seconds is not None else 10.0,
            max_connections=max_connections,
            verify_ssl=not use_unverified_ssl,
            session=session,
        )
        self._max_retries = max_retries
        self._retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._request_timeout = None  # None: the transport's default
        self._retry_on_post = retry_on_post
        self._owns_transport = True

    # -- lifecycle ----------------------------------------------------------------------------

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections (only those this client created; copies close nothing)."""
        if self._owns_transport:
            await self._transport.aclose()

    def with_options(self: _Self, *, timeout: float | None = None, max_retries: int | None = None) -> _Self:
        """A copy with other defaults that shares this client's connections and token cache."""
        clone = copy.copy(self)
        clone._owns_transport = False
        if timeout is not None:
            clone._request_timeout = _normalise_timeout(timeout)
        if max_retries is not None:
            clone._max_retries = max_retries
        return clone

    # -- subclass hooks -----------------------------------------------------------------------

    async def _headers(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                       envelope: bool) -> tuple[dict[str, str], Any]:
        """Headers for one attempt plus a marker naming the credential used (for 401 handling)."""
        raise NotImplementedError

    def _headers_now(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                     envelope: bool) -> tuple[dict[str, str] | None, Any]:
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
        """Check and encode the arguments now; return the coroutine that sends, retries and converts.

        A plain function rather than a coroutine: bad arguments raise here, before anything is
        scheduled, and every call saves one coroutine frame on its way down and back.
        """
        params = endpoint.params
        if len(values) != len(params):
            raise ValidationError(
                f"{endpoint.name}(): expected {len(params)} argument values, got {len(values)}"
            )
        plan = _plan_for(endpoint)
        for i in plan.required:
            value = values[i]
            if value is None or value is UNSET:
                raise _validation_error(endpoint, params[i], "is required")
        query: list[tuple[str, str]] | None = None
        body: dict[str, Any] | None = None
        path = endpoint.path
        for param, value in zip(params, values):  # noqa: B905 - same length: checked above
            if value is None or value is UNSET:
                continue
            kind = param.kind
            # An exact type match (a str for "str") needs no check function.
            if kind != "any" and value.__class__ is not _KIND_TYPES.get(kind):
                check = _KIND_CHECKS.get(kind)
                if check is not None and not check(value):
                    raise _validation_error(
                        endpoint, param, f"must be of kind {kind}, not {type(value).__name__}"
                    )
            location = param.location
            if location == "json" or location == "form":
                if body is None:
                    body = {}
                body[param.wire] = value if value.__class__ in _PLAIN else to_wire(value)
            elif location == "query":
                if query is None:
                    query = []
                _append_query(query, param.wire, value)
            elif location == "path":
                encoded = _query_scalar(value) or ""
                path = path.replace("{" + param.wire + "}", quote(encoded, safe=""))
            else:  # pragma: no cover - the generator only emits the four locations
                raise ValidationError(f"{endpoint.name}(): unknown location {location!r}", param=param.name)

        timeout = max_retries = None
        extra_headers: Mapping[str, str] | None = None
        retry_on_post = self._retry_on_post
        if options is not None:
            timeout = options.timeout
            max_retries = options.max_retries
            extra_headers = options.extra_headers
            if options.retry_on_post is not None:
                retry_on_post = options.retry_on_post
            if options.extra_query:
                if query is None:
                    query = []
                query.extend(_encode_query(options.extra_query))
            if options.extra_body:
                body = {**(body or {}), **_drop_empty(options.extra_body)}

        data: Any = None
        json_body = False
        if plan.body == "json":
            data = _json.dumps(body) if body else _EMPTY_JSON
            json_body = True
        elif plan.body == "form":
            form: list[tuple[str, str]] = []
            if body:
                for key, value in body.items():
                    _append_query(form, key, value)
            data = form
        elif body:
            # A GET descriptor with body parameters: honour the descriptor rather than drop data.
            data = _json.dumps(body)
            json_body = True

        return self._execute(
            endpoint.method,
            path,
            query,
            data,
            json_body,
            extra_headers,
            timeout,
            max_retries,
            plan.idempotent or retry_on_post,
            endpoint.basic_auth,
            endpoint.envelope,
            convert=(endpoint.name, returns),
        )

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
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK.

        Same auth, retries and error mapping as generated methods; returns the envelope's ``data``
        (or, with ``envelope=False``, the parsed JSON or text as it came).
        """
        method = method.upper()
        encoded_query = _encode_query(query) or None
        data: Any = None
        json_body = False
        if form is not None:
            data = []
            for key, value in form.items():
                _append_query(data, key, to_wire(value))
        elif json is not None:
            payload = _drop_empty(json) if isinstance(json, Mapping) else to_wire(json)
            data = _json.dumps(payload)
            json_body = True
        elif method in _BODY_METHODS:
            data = _EMPTY_JSON
            json_body = True
        if idempotent is None:
            idempotent = method in _SAFE_METHODS or self._retry_on_post
        return await self._execute(
            method, path, encoded_query, data, json_body, headers, timeout, max_retries, idempotent,
            False, envelope,
        )

    # -- send, retry, unwrap ------------------------------------------------------------------

    async def _execute(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]] | None,
        data: Any,
        json_body: bool,
        extra_headers: Mapping[str, str] | None,
        timeout: float | None,
        max_retries: int | None,
        idempotent: bool,
        basic_auth: bool,
        envelope: bool,
        auth: bool = True,
        convert: tuple[str, str | None] | None = None,
    ) -> Any:
        """Send with retries and unwrap the envelope.

        ``convert`` is (endpoint name, model name) for generated calls: the answer comes back as
        that model (None when the model name is None); without it, as parsed JSON.
        """
        if timeout is None:
            timeout = self._request_timeout
        else:
            timeout = _normalise_timeout(timeout)
        if max_retries is None:
            max_retries = self._max_retries
        policy = self._retry_policy
        transport = self._transport
        attempt = 0
        refreshed = False
        while True:
            headers, marker = self._headers_now(path, basic_auth, json_body, auth, envelope)
            if headers is None:
                headers, marker = await self._headers(path, basic_auth, json_body, auth, envelope)
            if extra_headers:
                headers = {**headers, **extra_headers}
            debug = logger.isEnabledFor(logging.DEBUG)
            started = time.perf_counter() if debug else 0.0
            try:
                # Transport.send's body, inlined: one coroutine frame fewer on every call.
                async with transport.open(method, path, params=query, data=data, headers=headers,
                                          timeout=timeout) as resp:
                    raw = await resp.read()
                    status = resp.status
                    resp_headers = resp.headers
            except Exception as failure:
                exc = map_failure(failure)
                kind = failure_kind(exc)
                if debug:
                    log_request(method, path, query, None, None, (time.perf_counter() - started) * 1000,
                                None, attempt, f"failed: {type(exc).__name__}")
                decision = (
                    policy.decide(attempt, idempotent, kind, max_retries=max_retries)
                    if kind is not None else _NO_RETRY
                )
                if decision.retry:
                    await _sleep(decision.delay)
                    attempt += 1
                    continue
                if exc is failure:
                    raise
                raise exc from failure

            # Fast path: HTTP 200 with an envelope saying 200.
            error: APIError | ResponseFormatError
            parsed: Any
            try:
                parsed = _json.loads(raw) if raw else _NOTHING
            except ValueError:
                parsed = _NOTHING
            if envelope and parsed.__class__ is dict:
                status_code = parsed.get("statusCode")
                if status_code == 200:
                    if debug:
                        log_request(method, path, query, status, 200,
                                    (time.perf_counter() - started) * 1000, parsed.get("requestId"), attempt)
                    data = parsed.get("data")
                    return data if convert is None else _typed(data, convert)
                if status_code is not None:
                    code = _as_int(status_code) or status
                    error = self._envelope_error(code, parsed, status, resp_headers)
                elif status >= 400:
                    error = self._http_error(status, parsed, resp_headers)
                else:
                    error = ResponseFormatError("answer is not a GenAuth envelope", http_status=status,
                                                excerpt=_excerpt(raw))
            elif parsed is _NOTHING:
                if not envelope and status < 400:
                    if debug:
                        log_request(method, path, query, status, None,
                                    (time.perf_counter() - started) * 1000, None, attempt)
                    text = raw.decode("utf-8", errors="replace") if raw else None
                    return text if convert is None else _typed(text, convert)
                error = ResponseFormatError(
                    "empty answer" if not raw else "answer is not JSON",
                    http_status=status,
                    excerpt=_excerpt(raw),
                    request_id=resp_headers.get("x-request-id"),
                )
            elif status >= 400:
                error = self._http_error(status, parsed, resp_headers)
            elif not envelope:
                if debug:
                    log_request(method, path, query, status, None, (time.perf_counter() - started) * 1000,
                                None, attempt)
                return parsed if convert is None else _typed(parsed, convert)
            else:
                error = ResponseFormatError("answer is not a GenAuth envelope", http_status=status,
                                            excerpt=_excerpt(raw))

            if isinstance(error, APIError):
                code_for_retry = error.status_code
                request_id = error.request_id
                retry_after = getattr(error, "retry_after", None)
                if retry_after is None and (code_for_retry in (429, 503) or status in (429, 503)):
                    retry_after = _retry_after(resp_headers)
                if status == 429:
                    code_for_retry = 429
            else:
                code_for_retry = status
                request_id = error.request_id
                retry_after = _retry_after(resp_headers) if status in (429, 503) else None
            if debug:
                log_request(method, path, query, status,
                            error.status_code if isinstance(error, APIError) else None,
                            (time.perf_counter() - started) * 1000, request_id, attempt,
                            f"error: {type(error).__name__}")
            if (isinstance(error, AuthenticationError) and auth and not refreshed
                    and self._on_unauthorized(marker)):
                refreshed = True  # once per call; does not count against max_retries
                continue
            decision = policy.decide(attempt, idempotent, FailureKind.STATUS, status=code_for_retry,
                                     retry_after=retry_after, max_retries=max_retries)
            if decision.retry:
                await _sleep(decision.delay)
                attempt += 1
                continue
            raise error

    @staticmethod
    def _envelope_error(code: int, body: dict[str, Any], http_status: int,
                        headers: Mapping[str, str]) -> APIError:
        message = body.get("message")
        request_id = body.get("requestId") or headers.get("x-request-id")
        retry_after = _retry_after(headers) if code == 429 or http_status == 429 else None
        return make_api_error(
            code,
            str(message) if message is not None else f"statusCode {code}",
            api_code=_as_int(body.get("apiCode")),
            request_id=str(request_id) if request_id is not None else None,
            http_status=http_status,
            body=body,
            retry_after=retry_after,
        )

    @staticmethod
    def _http_error(status: int, body: Any, headers: Mapping[str, str]) -> APIError:
        message: Any = None
        api_code = None
        request_id: Any = headers.get("x-request-id")
        if isinstance(body, dict):
            # OAuth/OIDC errors ({error, error_description}) and generic JSON error bodies.
            message = body.get("error_description") or body.get("message") or body.get("error")
            api_code = _as_int(body.get("apiCode"))
            request_id = body.get("requestId") or request_id
        return make_api_error(
            status,
            str(message) if message else f"HTTP {status}",
            api_code=api_code,
            request_id=str(request_id) if request_id is not None else None,
            http_status=status,
            body=body,
            retry_after=_retry_after(headers) if status == 429 else None,
        )


_NOTHING: Any = object()
_PLAIN = frozenset({str, int, float, bool})


def _typed(result: Any, convert: tuple[str, str | None]) -> Any:
    """The answer as the endpoint's model (nested models are built when first read)."""
    name, returns = convert
    if returns is None:
        return None
    try:
        return from_answer(result, returns)
    except NameError:
        raise
    except Exception as exc:  # noqa: BLE001 - report parse failures uniformly
        # No excerpt: parsed answers can hold tokens, and error text must never carry them.
        raise ResponseFormatError(
            f"{name}(): answer does not match {returns} ({type(exc).__name__})",
            http_status=200,
        ) from exc


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
    ) -> None:
        if not access_key_id or not access_key_secret:
            raise ValidationError("access_key_id and access_key_secret are required",
                                  param="access_key_id" if not access_key_id else "access_key_secret")
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.host = (host or DEFAULT_HOST).rstrip("/")
        self.timeout = timeout
        self.lang = lang
        self.use_unverified_ssl = use_unverified_ssl
        self.websocket_host = websocket_host or DEFAULT_WEBSOCKET_HOST
        self.websocket_endpoint = websocket_endpoint or "/events/v1/management/sub"
        self._init_base(
            base_url=self.host, timeout=timeout, max_retries=max_retries, max_connections=max_connections,
            session=session, use_unverified_ssl=use_unverified_ssl, retry_on_post=retry_on_post,
            retry_policy=retry_policy,
        )
        self._mgmt_headers = ManagementHeaders(lang=lang, sdk_version=SDK_VERSION_HEADER, user_agent=USER_AGENT)
        self._token_provider = ManagementTokenProvider(
            self._fetch_management_token, access_key_id, access_key_secret, leeway=token_leeway
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.host!r}, access_key_id={self.access_key_id!r})"

    async def _fetch_management_token(self, body: Mapping[str, Any]) -> Any:
        # Fetching a token changes nothing on the server, so it is safe to retry like a GET.
        return await self._execute(
            "POST", "/api/v3/get-management-token", None, _json.dumps(dict(body)), True, None, None, None,
            True, False, True, auth=False,
        )

    async def get_management_token(self) -> ManagementToken:
        """The current management token (fetched if needed)."""
        return await self._token_provider.get()

    def _headers_now(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                     envelope: bool) -> tuple[dict[str, str] | None, Any]:
        if not auth:
            return self._mgmt_headers.unauthenticated(json_body), None
        token = self._token_provider.current()
        if token is None:
            return None, None
        return self._mgmt_headers.for_token(token, json_body), token.access_token

    async def _headers(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                       envelope: bool) -> tuple[dict[str, str], Any]:
        if not auth:
            return self._mgmt_headers.unauthenticated(json_body), None
        token = await self._token_provider.get()
        return self._mgmt_headers.for_token(token, json_body), token.access_token

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
    ) -> None:
        if not app_id:
            raise ValidationError("Please provide app_id", param="app_id")
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
        self._init_base(
            base_url=self.app_host, timeout=timeout, max_retries=max_retries,
            max_connections=max_connections, session=session, use_unverified_ssl=use_unverified_ssl,
            retry_on_post=retry_on_post, retry_policy=retry_policy,
        )
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
        self.access_token = access_token
        self._auth_headers.set_access_token(access_token)

    async def _headers(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                       envelope: bool) -> tuple[dict[str, str], Any]:
        return self._headers_now(path, basic_auth, json_body, auth, envelope)  # type: ignore[return-value]

    def _headers_now(self, path: str, basic_auth: bool, json_body: bool, auth: bool,
                     envelope: bool) -> tuple[dict[str, str] | None, Any]:
        if not envelope:
            # Protocol endpoints (/oidc, /oauth, /cas-idp) get no x-genauth-* headers, like the
            # official protocol client; client auth comes from the helper (form fields, extra
            # headers) or, for descriptors flagged basic_auth, from client_secret_basic.
            headers = self._protocol_headers
            if basic_auth and self._auth_headers.use_basic:
                headers = {**headers, "authorization": self._auth_headers.basic_value}
            if json_body:
                headers = {**headers, "Content-Type": "application/json"}
            return headers, None
        return self._auth_headers.get(path, basic_auth, json_body), None
