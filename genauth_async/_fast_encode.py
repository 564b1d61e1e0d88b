"""Per-endpoint encoders compiled on first use: the common call, encoded without the generic loop.

``_request.encode`` walks an endpoint's parameter table for every call: for ``create_application``
that is 22 descriptors read, 22 kind lookups, and loops over the required, non-empty and list
positions. Most calls pass a few plain values (str, int, bool, a list of str) and no per-call
options, so for those this module compiles, once per endpoint, a function with one local per
parameter and the wire names, kinds and locations written in as constants.

The compiled encoder only ever *accepts* a call or *declines* it (returns None): anything unusual
(a model or enum argument, a missing required value, an empty identifier, a value JSON or the URL
cannot carry, per-call options) is declined and the generic ``encode`` runs, which raises the
precise ``ValidationError``. Both paths must produce equal ``Request`` tuples for every call the
compiled one accepts; tests/core/test_fast_encode.py compares them over every spec endpoint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from ._endpoint import Endpoint, Param

#: (values, returns, retry_on_post, whole, raw) -> Request, or None to take the generic path.
FastEncoder = Callable[[Sequence[Any], "str | None", bool, bool, bool], Any]

_EXACT = {"str": ("str",), "int": ("int",), "float": ("float", "int"), "bool": ("bool",), "dict": ("dict",)}


def _accepts(var: str, classes: Sequence[str]) -> str:
    """An expression true when ``var``'s class is exactly one of ``classes`` (subclasses decline)."""
    return " or ".join(f"{var}.__class__ is {c}" for c in classes)


def _inline_query(param: Param) -> bool:
    """A query parameter whose pair the compiled encoder writes itself (no append_query, no check_pairs)."""
    return param.kind in ("str", "int", "float", "bool") and param.wire.isascii()


def _param_lines(index: int, param: Param, nonempty: bool) -> list[str]:
    v = f"v{index}"
    wire = repr(param.wire)
    lines: list[str] = []
    if nonempty:
        lines += [f"    if {v} == '':", "        return None"]
    if param.required:
        lines += [f"    if {v} is None or {v} is UNSET:", "        return None"]
        body = ["    if True:"]
    else:
        body = [f"    if {v} is not None and {v} is not UNSET:"]
    lines += body
    ind = "        "
    kind = param.kind
    location = param.location
    # The kind check: exact classes only; anything else is the generic path's to judge.
    if kind in _EXACT:
        lines += [f"{ind}if not ({_accepts(v, _EXACT[kind])}):", f"{ind}    return None"]
    elif kind == "list":
        allowed = [f"{v}.__class__ is list"]
        if location == "query":
            allowed.append(f"{v}.__class__ is str")  # sent as given, as the official SDK does
        lines += [f"{ind}if not ({' or '.join(allowed)}):", f"{ind}    return None"]
        if param.items in _EXACT or param.items == "list":
            exact = _EXACT.get(param.items, ("list",))
            lines += [
                f"{ind}if {v}.__class__ is list:",
                f"{ind}    for item in {v}:",
                f"{ind}        if item is not None and not ({_accepts('item', exact)}):",
                f"{ind}            return None",
            ]
    elif kind != "any":
        return ["    return None"]  # a kind this module does not know: always the generic path
    if location in ("json", "form"):
        value = v if kind in ("str", "int", "float", "bool") else f"({v} if {v}.__class__ in PLAIN else to_wire({v}))"
        lines += [f"{ind}body[{wire}] = {value}"]
    elif location == "query" and _inline_query(param):
        # A plain scalar of an exact class: its text is known here, so the pair is appended
        # directly (query_scalar would answer the same) and only a str needs the UTF-8 check.
        text = {"str": v, "int": f"str({v})", "float": f"str({v})", "bool": f"('true' if {v} else 'false')"}[kind]
        lines += [f"{ind}if query is None:", f"{ind}    query = [({wire}, {text})]", f"{ind}else:",
                  f"{ind}    query.append(({wire}, {text}))"]
        if kind == "str":
            lines += [f"{ind}if not {v}.isascii():", f"{ind}    {v}.encode('utf-8')"]
    elif location == "query":
        lines += [f"{ind}if query is None:", f"{ind}    query = []", f"{ind}append_query(query, {wire}, {v})"]
    elif location == "path":
        placeholder = repr("{" + param.wire + "}")
        lines += [f"{ind}path = path.replace({placeholder}, quote(query_scalar({v}) or '', safe=''))"]
    else:
        return ["    return None"]
    return lines


def compile_encoder(endpoint: Endpoint, body_kind: str | None, idempotent: bool,
                    nonempty: frozenset[int], helpers: dict[str, Any]) -> FastEncoder:
    """The compiled encoder of ``endpoint``; ``helpers`` are ``_request``'s encoding functions."""
    params = endpoint.params
    names = [f"v{i}" for i in range(len(params))]
    src = ["def encode(values, returns, retry_on_post, whole, raw):"]
    if names:
        src += [f"    if len(values) != {len(names)}:", "        return None",
                f"    {', '.join(names)}{',' if len(names) == 1 else ''} = values"]
    else:
        src += ["    if values:", "        return None"]
    src += ["    body = {}", "    query = None", f"    path = {endpoint.path!r}", "    try:"]
    inner: list[str] = []
    for i, param in enumerate(params):
        inner += _param_lines(i, param, i in nonempty)
    if any(p.location == "query" and not _inline_query(p) for p in params):
        inner += ["    if query is not None:", "        check_pairs(query)"]
    if body_kind == "json":
        inner += ["    data = dumps(body) if body else EMPTY_JSON", "    json_body = True"]
    elif body_kind == "form":
        inner += ["    data = []", "    for key, value in body.items():", "        append_query(data, key, value)",
                  "    check_pairs(data)", "    json_body = False"]
    else:
        inner += ["    if body:", "        data = dumps(body)", "        json_body = True",
                  "    else:", "        data = None", "        json_body = False"]
    src += ["    " + line for line in inner]
    src += ["    except Exception:", "        return None"]
    retry = "True" if idempotent else "retry_on_post"
    src += [f"    return new_tuple(Request, (METHOD, path, query, data, json_body, None, None, None, None, {retry}, "
            "BASIC, ENVELOPE, True, NAME, returns, not whole, whole, raw, DATA_KEY))"]
    namespace: dict[str, Any] = dict(helpers)
    namespace.update(quote=quote, METHOD=endpoint.method, BASIC=endpoint.basic_auth, ENVELOPE=endpoint.envelope,
                     NAME=endpoint.name, DATA_KEY=endpoint.data_key)
    code = compile("\n".join(src), f"<genauth_async encoder {endpoint.name}>", "exec")
    exec(code, namespace)  # noqa: S102 - source built above from the endpoint descriptor only
    return namespace["encode"]  # type: ignore[no-any-return]
