"""One API call as data, and the two pure stages at its ends: arguments in, answer out.

A call is described once, by :func:`encode` (a generated method's arguments) or
:func:`encode_raw` (the ``request()`` escape hatch), as a frozen :class:`Request`. The client's
retry loop (``BaseClient._run``) then runs the stages that need the network or the client's
state: authenticate (headers from the client), send (``Transport.send``, which alone talks to
aiohttp and maps its failures), decode (:func:`decode`, here) and decide (``RetryPolicy.decide``).
Encode and decode do no I/O, so each can be read and tested on its own.

Everything a bad argument can trip over (kinds, required and empty identifiers, list items,
headers, text that cannot be encoded) is found by :func:`encode`, before anything is sent.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple
from urllib.parse import quote

import attrs

from . import _json
from ._checks import (
    check_bool,
    check_deadline,
    check_headers,
    check_max_retries,
    check_required_str,
    check_text,
    check_timeout,
)
from ._converter import from_answer, to_wire
from ._endpoint import Endpoint, Param, RequestOptions
from ._fast_encode import FastEncoder, compile_encoder
from ._model import UNSET
from ._retry import parse_retry_after
from .errors import APIError, ResponseFormatError, ValidationError, make_api_error

__all__ = ["Request", "Refusal", "encode", "encode_raw", "decode", "answer_request_id"]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_EMPTY_JSON = b"{}"
_EXCERPT = 200
_PLAIN = frozenset({str, int, float, bool})


class Request(NamedTuple):
    """Everything the stages after encoding need to know about one call; never changed.

    A tuple rather than an attrs class: one is built per call, and a tuple is the cheapest frozen
    object Python has. ``body`` is JSON bytes (``json_body``) or form pairs. ``timeout``,
    ``max_retries`` and ``deadline`` are None where the client's settings apply. ``name`` and
    ``returns`` are the endpoint's name and answer model for generated calls; ``typed`` says the
    answer is converted to ``returns`` (a None ``returns`` then means "no answer"). ``whole`` is
    the official SDK's contract, kept for ``genauth_async.compat``: the answer is the whole parsed
    envelope (not its ``data``), and an API error that survives the retries is *returned* as the
    server's parsed answer instead of raised (retries and the 401 token refresh still apply).
    ``raw`` asks ``_run`` for a ``RawResponse`` (status, headers, body, request id, timing) around
    the result (``client.with_raw_response``); API errors still raise. ``data_key`` is the
    envelope key of the answer (``data``; ``list`` for list-model).
    """

    method: str
    path: str
    query: list[tuple[str, str]] | None = None
    body: Any = None
    json_body: bool = False
    headers: Mapping[str, str] | None = None
    timeout: float | None = None
    max_retries: int | None = None
    deadline: float | None = None
    idempotent: bool = False
    basic_auth: bool = False
    envelope: bool = True
    auth: bool = True
    name: str | None = None
    returns: str | None = None
    typed: bool = False
    whole: bool = False
    raw: bool = False
    data_key: str = "data"


_new_tuple = tuple.__new__  # encode() builds a Request positionally (tests/core/test_request_stages.py)


# ---------------------------------------------------------------------------------------------
# Encode: arguments -> Request


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


def query_scalar(value: Any) -> str | None:
    """One query, form or path value as text: bools as true/false, models and dicts as JSON."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None or value is UNSET:
        return None
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return query_scalar(value.value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, Mapping) or attrs.has(type(value)):
        return _json.dumps(to_wire(value)).decode("utf-8")
    return str(value)


def append_query(out: list[tuple[str, str]], key: str, value: Any) -> None:
    """bool -> true/false, lists -> repeated keys, None dropped (also inside lists)."""
    if isinstance(value, (list, tuple)):
        for item in value:
            encoded = query_scalar(item)
            if encoded is not None:
                out.append((key, encoded))
        return
    encoded = query_scalar(value)
    if encoded is not None:
        out.append((key, encoded))


def encode_query(query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not query:
        return out
    items = query.items() if isinstance(query, Mapping) else query
    for key, value in items:
        append_query(out, key, value)
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
    required: tuple[int, ...]  # positions of the required parameters
    nonempty: tuple[int, ...]  # positions where "" is refused (path parameters, required ids)
    items: tuple[tuple[int, str], ...]  # (position, item kind) of lists whose items are checked
    fast: FastEncoder  # the endpoint's compiled encoder (``_fast_encode``) for calls without options


_plans: dict[int, tuple[Endpoint, _Plan]] = {}

#: What the compiled encoders call; bound by name into each one's globals.
_FAST_HELPERS: dict[str, Any] = {}


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
    idempotent = endpoint.idempotent or method in _SAFE_METHODS
    nonempty = tuple(i for i, p in enumerate(endpoint.params) if _is_identifier(p))
    plan = _Plan(
        body=body,
        idempotent=idempotent,
        required=tuple(i for i, p in enumerate(endpoint.params) if p.required),
        nonempty=nonempty,
        items=tuple(
            (i, p.items) for i, p in enumerate(endpoint.params)
            if p.kind == "list" and p.items in _KIND_CHECKS
        ),
        fast=compile_encoder(endpoint, body, idempotent, frozenset(nonempty), _FAST_HELPERS),
    )
    _plans[id(endpoint)] = (endpoint, plan)  # keeping the endpoint alive keeps id() unique
    return plan


def _validation_error(endpoint: Endpoint, param: Param, message: str) -> ValidationError:
    return ValidationError(f"{endpoint.name}(): argument {param.name!r} {message}", param=param.name)


def _query_list_text(param: Param, value: Any) -> bool:
    """A string for a query list is sent as given, one value, as the official SDK does ("id1,id2").

    JSON and form lists stay strict: there a string would change the body's type.
    """
    return param.kind == "list" and param.location == "query" and isinstance(value, str)


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


def _unencodable(endpoint: Endpoint, values: Sequence[Any], exc: Exception) -> ValidationError:
    """The ValidationError for an argument orjson, quote() or the form encoder could not encode.

    Only runs after a failure, so it can afford to look for the culprit argument by argument.
    """
    for param, value in zip(endpoint.params, values):  # noqa: B905 - same length: checked by encode
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


def _check_pairs(pairs: list[tuple[str, str]]) -> None:
    """Encoded query or form pairs are all str; only a non-ASCII one needs a closer look.

    Raises UnicodeEncodeError, which the caller turns into a ValidationError naming the argument.
    """
    for key, value in pairs:
        if not value.isascii() or not key.isascii():
            key.encode("utf-8")
            value.encode("utf-8")


def encode(endpoint: Endpoint, values: Sequence[Any], returns: str | None, options: RequestOptions | None,
           retry_on_post: bool, whole: bool = False, raw: bool = False) -> Request:
    """A generated method's arguments, checked and encoded; raises ValidationError, sends nothing.

    ``returns`` names the answer's model (None: the call answers nothing); ``retry_on_post`` is
    the client's setting, which ``options.retry_on_post`` overrides. ``whole``, ``raw``: see ``Request``.
    A call without options first tries the endpoint's compiled encoder (``_fast_encode``), which
    either gives the same Request as :func:`encode_generic` or declines.
    """
    if options is None:
        entry = _plans.get(id(endpoint))
        if entry is not None and entry[0] is endpoint:
            request = entry[1].fast(values, returns, retry_on_post, whole, raw)
            if request is not None:
                return request  # type: ignore[no-any-return]
    return encode_generic(endpoint, values, returns, options, retry_on_post, whole, raw)


def encode_generic(endpoint: Endpoint, values: Sequence[Any], returns: str | None, options: RequestOptions | None,
                   retry_on_post: bool, whole: bool = False, raw: bool = False) -> Request:
    """:func:`encode` by walking the parameter table: every call can take this path, and every
    bad argument is reported from here."""
    params = endpoint.params
    if len(values) != len(params):
        raise ValidationError(f"{endpoint.name}(): expected {len(params)} argument values, got {len(values)}")
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
                if check is not None and not check(value) and not _query_list_text(param, value):
                    raise _validation_error(endpoint, param, f"must be of kind {kind}, not {type(value).__name__}")
            location = param.location
            if location == "json" or location == "form":
                if body is None:
                    body = {}
                body[param.wire] = value if value.__class__ in _PLAIN else to_wire(value)
            elif location == "query":
                if query is None:
                    query = []
                append_query(query, param.wire, value)
            elif location == "path":
                encoded = query_scalar(value) or ""
                path = path.replace("{" + param.wire + "}", quote(encoded, safe=""))
            else:  # pragma: no cover - the generator only emits the four locations
                raise ValidationError(f"{endpoint.name}(): unknown location {location!r}", param=param.name)
        for i, item_kind in plan.items:
            value = values[i]
            if value is not None and value is not UNSET and not isinstance(value, str):
                _check_items(endpoint, params[i], value, item_kind)

        timeout = max_retries = None
        extra_headers: Mapping[str, str] | None = None
        if options is not None:
            timeout = check_timeout(options.timeout, "request_timeout")
            max_retries = check_max_retries(options.max_retries)
            extra_headers = options.extra_headers
            if extra_headers is not None:
                check_headers(extra_headers)
            if options.retry_on_post is not None:
                retry_on_post = check_bool(options.retry_on_post, "retry_on_post")
            if options.extra_query:
                if query is None:
                    query = []
                query.extend(encode_query(options.extra_query))
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
                    append_query(form, key, value)
                _check_pairs(form)
            data = form
        elif body:
            # A GET descriptor with body parameters: honour the descriptor rather than drop data.
            data = _json.dumps(body)
            json_body = True
    except (TypeError, UnicodeError) as exc:
        # orjson's JSONEncodeError (a TypeError), quote()'s UnicodeEncodeError: bad input,
        # found before anything was sent.
        raise _unencodable(endpoint, values, exc) from None

    # tuple.__new__ with the fields in order: the NamedTuple's own __new__ is a Python function
    # with sixteen parameters, measurably slower on a path taken once per call.
    return _new_tuple(Request, (endpoint.method, path, query, data, json_body, extra_headers, timeout, max_retries,
                                None, plan.idempotent or retry_on_post, endpoint.basic_auth, endpoint.envelope,
                                True, endpoint.name, returns, not whole, whole, raw, endpoint.data_key))


_FAST_HELPERS.update(
    UNSET=UNSET, PLAIN=_PLAIN, to_wire=to_wire, append_query=append_query, query_scalar=query_scalar,
    check_pairs=_check_pairs, dumps=_json.dumps_strict, EMPTY_JSON=_EMPTY_JSON, new_tuple=_new_tuple,
    Request=Request,
)


def encode_raw(
    method: str,
    path: str,
    *,
    query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None,
    json: Any,
    form: Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    timeout: float | None,
    max_retries: int | None,
    deadline: float | None,
    envelope: bool,
    idempotent: bool | None,
    retry_on_post: bool,
    basic_auth: bool = False,
    whole: bool = False,
    raw: bool = False,
) -> Request:
    """The arguments of ``request()`` (any endpoint, by method and path), checked and encoded."""
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
        encoded_query = encode_query(query) or None
        if encoded_query is not None:
            _check_pairs(encoded_query)
        data: Any = None
        json_body = False
        if form is not None:
            data = []
            for key, value in form.items():
                append_query(data, key, to_wire(value))
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
        idempotent = method in _SAFE_METHODS or retry_on_post
    return Request(method, path, encoded_query, data, json_body, headers, seconds, retries, limit, idempotent,
                   basic_auth, envelope, whole=whole, raw=raw)


# ---------------------------------------------------------------------------------------------
# Decode: answer -> result, or the refusal to raise (and what the retry decision needs)


class Refusal(NamedTuple):
    """An answer that is not a success: the error to raise, the status the retry rules read
    (the envelope's ``statusCode`` when there is one, 429 for an HTTP 429) and its Retry-After."""

    error: APIError | ResponseFormatError
    status: int
    retry_after: float | None


_NOTHING: Any = object()


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
    return parse_retry_after(headers.get("Retry-After"))


def decode(request: Request, status: int, headers: Mapping[str, str], raw: bytes) -> Any:
    """The call's result, or a :class:`Refusal` (never raised here: the retry loop decides).

    The fast path is HTTP 200 with an envelope saying 200: one parse and one dict lookup.
    """
    try:
        parsed = _json.loads(raw) if raw else _NOTHING
    except ValueError:
        parsed = _NOTHING
    envelope = request.envelope
    error: APIError | ResponseFormatError
    if envelope and parsed.__class__ is dict:
        status_code = parsed.get("statusCode")
        if status_code == 200:
            if request.whole:
                return parsed
            data = parsed.get(request.data_key)
            if not request.typed:
                return data
            # _typed's work, inline on the path nearly every call takes (one frame less).
            returns = request.returns
            if returns is None:
                return None
            try:
                return from_answer(data, returns)
            except NameError:
                raise
            except Exception as exc:  # noqa: BLE001 - the same report as _typed's
                raise _format_error(request, returns, exc) from exc
        if status_code is not None:
            error = envelope_error(_as_int(status_code) or status, parsed, status, headers)
        elif status >= 400:
            error = http_error(status, parsed, headers)
        else:
            error = ResponseFormatError("answer is not a GenAuth envelope", http_status=status, excerpt=_excerpt(raw))
    elif parsed is _NOTHING:
        if not envelope and status < 400:
            text = raw.decode("utf-8", errors="replace") if raw else None
            return _typed(text, request) if request.typed else text
        error = ResponseFormatError(
            "empty answer" if not raw else "answer is not JSON",
            http_status=status,
            excerpt=_excerpt(raw),
            request_id=headers.get("x-request-id"),
        )
    elif status >= 400:
        error = http_error(status, parsed, headers)
    elif not envelope:
        return _typed(parsed, request) if request.typed else parsed
    else:
        error = ResponseFormatError("answer is not a GenAuth envelope", http_status=status, excerpt=_excerpt(raw))

    if isinstance(error, APIError):
        code = error.status_code
        retry_after = getattr(error, "retry_after", None)
        if retry_after is None and (code in (429, 503) or status in (429, 503)):
            retry_after = _retry_after(headers)
        if status == 429:
            code = 429
        return Refusal(error, code, retry_after)
    return Refusal(error, status, _retry_after(headers) if status in (429, 503) else None)


def answer_request_id(raw: bytes) -> Any:
    """The ``requestId`` of a JSON envelope, for a DEBUG log line (decode does not return it)."""
    try:
        parsed = _json.loads(raw) if raw else None
    except ValueError:
        return None
    return parsed.get("requestId") if isinstance(parsed, dict) else None


def envelope_error(code: int, body: dict[str, Any], http_status: int, headers: Mapping[str, str]) -> APIError:
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


def http_error(status: int, body: Any, headers: Mapping[str, str]) -> APIError:
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


def _typed(result: Any, request: Request) -> Any:
    """The answer as the endpoint's model (nested models are built when first read)."""
    returns = request.returns
    if returns is None:
        return None
    try:
        return from_answer(result, returns)
    except NameError:
        raise
    except Exception as exc:  # noqa: BLE001 - report parse failures uniformly
        raise _format_error(request, returns, exc) from exc


def _format_error(request: Request, returns: str, exc: Exception) -> ResponseFormatError:
    # No excerpt: parsed answers can hold tokens, and error text must never carry them.
    return ResponseFormatError(
        f"{request.name}(): answer does not match {returns} ({type(exc).__name__})",
        http_status=200,
    )
