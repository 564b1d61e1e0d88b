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
import ssl
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
from ._checks import (
    VerifyTypes,
    check_bool,
    check_client_arguments,
    check_deadline,
    check_headers,
    check_max_retries,
    check_optional_str,
    check_required_str,
    check_text,
    check_timeout,
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
    describe_timeout,
    failure_kind,
    map_failure,
    warn_unverified_ssl,
)
from .errors import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    ResponseFormatError,
    ValidationError,
    make_api_error,
)

__all__ = ["BaseClient", "BaseManagementClient", "BaseAuthenticationClient", "DEFAULT_HOST"]

DEFAULT_HOST = "https://api.genauth.ai"
#: Seconds one attempt may take when the client is given no ``timeout``.
DEFAULT_TIMEOUT = 10.0
DEFAULT_WEBSOCKET_HOST = "wss://events.genauth.ai"

_Self = TypeVar("_Self", bound="BaseClient")

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_EMPTY_JSON = b"{}"
_NO_RETRY = RetryDecision(False)
_EXCERPT = 200
# Indirection so tests can observe backoff delays without waiting; never time.sleep.
_sleep = asyncio.sleep


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


def _is_identifier(param: Param) -> bool:
    """Path parameters and required ids/codes: an empty string there can only be a mistake.

    ``app_id=""`` would otherwise pass the required check and address nothing (or, in a path,
    a different endpoint). Other required strings (a description, a value) may legitimately be
    empty, so the rule is by name: ``id``, ``code``, ``identifier`` or a name ending in one.
    """
    if param.location == "path":
        return True
    if not param.required or param.kind not in ("str", "any"):
        return False
    name = param.name
    return name in ("id", "code", "identifier") or name.endswith(("_id", "_code", "identifier"))


@attrs.frozen(slots=True)
class _Plan:
    """Per-endpoint facts derived once from the descriptor."""

    body: str | None  # "json" | "form" | None
    idempotent: bool
    has_path_params: bool
    required: tuple[int, ...]  # positions of the required parameters
    nonempty: tuple[int, ...]  # positions where "" is refused (path parameters, required ids)
    items: tuple[tuple[int, str], ...]  # (position, item kind) of lists whose items are checked


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
        nonempty=tuple(i for i, p in enumerate(endpoint.params) if _is_identifier(p)),
        items=tuple(
            (i, p.items) for i, p in enumerate(endpoint.params)
            if p.kind == "list" and p.items in _KIND_CHECKS
        ),
    )
    _plans[id(endpoint)] = (endpoint, plan)  # keeping the endpoint alive keeps id() unique
    return plan


def _check_items(endpoint: Endpoint, param: Param, value: Any, kind: str) -> None:
    exact = _KIND_TYPES[kind]
    check = _KIND_CHECKS[kind]
    for index, item in enumerate(value):
        if item is None or item.__class__ is exact:
            continue
        if not check(item):
            raise _validation_error(
                endpoint, param, f"item {index} must be of kind {kind}, not {type(item).__name__}"
            )


def _unencodable(endpoint: Endpoint, params: Sequence[Param], values: Sequence[Any],
                 exc: Exception) -> ValidationError:
    """The ValidationError for an argument orjson, quote() or the form encoder could not encode.

    Only runs after a failure, so it can afford to look for the culprit argument by argument.
    """
    for param, value in zip(params, values):  # noqa: B905 - same length: checked by the caller
        if value is None or value is UNSET:
            continue
        try:
            if value.__class__ is str:
                check_text(value, "argument")
            else:
                _json.dumps(to_wire(value))
        except (ValidationError, TypeError, ValueError):
            return _validation_error(
                endpoint, param, "cannot be encoded (a lone surrogate, or a value JSON cannot represent)"
            )
    return ValidationError(f"{endpoint.name}(): the arguments cannot be encoded ({type(exc).__name__})")


def _validation_error(endpoint: Endpoint, param: Param, message: str) -> ValidationError:
    return ValidationError(f"{endpoint.name}(): argument {param.name!r} {message}", param=param.name)


def _check_pairs(pairs: list[tuple[str, str]]) -> None:
    """Encoded query or form pairs are all str; only a non-ASCII one needs a closer look.

    Raises UnicodeEncodeError, which the caller turns into a ValidationError naming the argument.
    """
    for key, value in pairs:
        if not value.isascii() or not key.isascii():
            key.encode("utf-8")
            value.encode("utf-8")


def _checked_options(options: RequestOptions) -> tuple[float | None, int | None]:
    """Per-call options, checked before anything is sent: (timeout, max_retries)."""
    timeout = check_timeout(options.timeout, "request_timeout")
    max_retries = check_max_retries(options.max_retries)
    if options.extra_headers is not None:
        check_headers(options.extra_headers)
    if options.retry_on_post is not None:
        check_bool(options.retry_on_post, "retry_on_post")
    return timeout, max_retries


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
    _timeout: float
    _request_timeout: float | None
    _deadline: float | None
    _retry_on_post: bool
    _owns_transport: bool

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
    ) -> _Self:
        """A copy with other defaults that shares this client's connections and token cache.

        ``None`` keeps this client's setting. ``deadline`` bounds each call of the copy, retries
        and pauses included (see the client's ``deadline``).
        """
        seconds = check_timeout(timeout)
        retries = check_max_retries(max_retries)
        limit = check_deadline(deadline)
        clone = copy.copy(self)
        clone._owns_transport = False
        if seconds is not None:
            clone._request_timeout = seconds
        if retries is not None:
            clone._max_retries = retries
        if limit is not None:
            clone._deadline = limit
        return clone

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
        for i in plan.nonempty:
            if values[i] == "":
                raise _validation_error(endpoint, params[i], "cannot be empty")
        query: list[tuple[str, str]] | None = None
        body: dict[str, Any] | None = None
        path = endpoint.path
        try:
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
            for i, item_kind in plan.items:
                value = values[i]
                if value is not None and value is not UNSET:
                    _check_items(endpoint, params[i], value, item_kind)

            timeout = max_retries = None
            extra_headers: Mapping[str, str] | None = None
            retry_on_post = self._retry_on_post
            if options is not None:
                timeout, max_retries = _checked_options(options)
                extra_headers = options.extra_headers
                if options.retry_on_post is not None:
                    retry_on_post = options.retry_on_post
                if options.extra_query:
                    if query is None:
                        query = []
                    query.extend(_encode_query(options.extra_query))
                if options.extra_body:
                    body = {**(body or {}), **_drop_empty(options.extra_body)}
            if query is not None:
                _check_pairs(query)

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
                    _check_pairs(form)
                data = form
            elif body:
                # A GET descriptor with body parameters: honour the descriptor rather than drop data.
                data = _json.dumps(body)
                json_body = True
        except (TypeError, UnicodeError) as exc:
            # orjson's JSONEncodeError (a TypeError), quote()'s UnicodeEncodeError: bad input,
            # found before anything was sent.
            raise _unencodable(endpoint, params, values, exc) from None

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
        deadline: float | None = None,
    ) -> Any:
        """Call any endpoint, including ones newer than this SDK.

        Same auth, retries and error mapping as generated methods; returns the envelope's ``data``
        (or, with ``envelope=False``, the parsed JSON or text as it came). ``deadline`` bounds
        this call across its attempts (default: the client's).
        """
        if not isinstance(method, str) or not method:
            raise ValidationError("request(): method must be a non-empty str", param="method")
        check_required_str(path, "path")
        seconds = check_timeout(timeout)
        retries = check_max_retries(max_retries)
        limit = check_deadline(deadline)
        if headers is not None:
            check_headers(headers, "headers")
        method = method.upper()
        try:
            encoded_query = _encode_query(query) or None
            if encoded_query is not None:
                _check_pairs(encoded_query)
            data: Any = None
            json_body = False
            if form is not None:
                data = []
                for key, value in form.items():
                    _append_query(data, key, to_wire(value))
                _check_pairs(data)
            elif json is not None:
                payload = _drop_empty(json) if isinstance(json, Mapping) else to_wire(json)
                data = _json.dumps(payload)
                json_body = True
            elif method in _BODY_METHODS:
                data = _EMPTY_JSON
                json_body = True
        except (TypeError, UnicodeError) as exc:
            raise ValidationError(
                f"request(): the query, form or JSON body cannot be encoded ({type(exc).__name__}: {exc})"
            ) from None
        if idempotent is None:
            idempotent = method in _SAFE_METHODS or self._retry_on_post
        return await self._execute(
            method, path, encoded_query, data, json_body, headers, seconds, retries, idempotent,
            False, envelope, deadline=limit,
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
        deadline: float | None = None,
    ) -> Any:
        """Send with retries and unwrap the envelope.

        ``convert`` is (endpoint name, model name) for generated calls: the answer comes back as
        that model (None when the model name is None); without it, as parsed JSON. ``timeout``
        and ``max_retries`` arrive checked (None: the client's); ``deadline`` bounds the whole
        call, attempts and pauses (None: the client's, or its default from the timeout).
        """
        if timeout is None:
            timeout = self._request_timeout
        if max_retries is None:
            max_retries = self._max_retries
        # The attempt's budget in seconds (``timeout`` None keeps the transport's prebuilt default).
        # The call's deadline is resolved on the first failure: a call that succeeds never needs it.
        budget = timeout if timeout is not None else self._timeout
        policy = self._retry_policy
        transport = self._transport
        attempt = 0
        refreshed = False
        call_started = time.monotonic()
        clamped = False
        while True:
            headers, marker = self._headers_now(path, basic_auth, json_body, auth, envelope)
            if headers is None:
                headers, marker = await self._headers(path, basic_auth, json_body, auth, envelope)
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
                if isinstance(exc, APITimeoutError):
                    exc = describe_timeout(exc, convert[0] if convert is not None else None, method, path,
                                           budget, deadline if clamped else None)
                kind = failure_kind(exc)
                if debug:
                    log_request(method, path, query, None, None, (time.perf_counter() - started) * 1000,
                                None, attempt, f"failed: {type(exc).__name__}")
                decision = (
                    policy.decide(attempt, idempotent, kind, max_retries=max_retries)
                    if kind is not None else _NO_RETRY
                )
                if decision.retry:
                    if deadline is None:
                        deadline = self._deadline_for(budget, max_retries)
                    retry = _fits(decision.delay, None, deadline, call_started)
                else:
                    retry = False
                if retry:
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
            # A Retry-After beyond what is left of the deadline fails now (the error carries it).
            if decision.retry:
                if deadline is None:
                    deadline = self._deadline_for(budget, max_retries)
                retry = _fits(decision.delay, retry_after, deadline, call_started)
            else:
                retry = False
            if retry:
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
#: The least time worth starting an attempt with, when the deadline clamps its timeout.
_MIN_ATTEMPT = 0.05


def _fits(delay: float, retry_after: float | None, deadline: float, call_started: float) -> bool:
    """Whether a pause of ``delay`` (and the server's ``retry_after``) leaves time for an attempt."""
    left = deadline - (time.monotonic() - call_started)
    if retry_after is not None and retry_after > left:
        return False
    return delay + _MIN_ATTEMPT <= left


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
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
    ) -> None:
        arguments = {
            "access_key_id": access_key_id, "access_key_secret": access_key_secret, "host": host,
            "timeout": timeout, "lang": lang, "use_unverified_ssl": use_unverified_ssl,
            "websocket_host": websocket_host, "websocket_endpoint": websocket_endpoint,
            "max_retries": max_retries, "max_connections": max_connections, "session": session,
            "retry_on_post": retry_on_post, "token_leeway": token_leeway, "retry_policy": retry_policy,
            "verify": verify, "trust_env": trust_env, "deadline": deadline,
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
        verify: VerifyTypes = True,
        trust_env: bool = False,
        deadline: float | None = None,
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
