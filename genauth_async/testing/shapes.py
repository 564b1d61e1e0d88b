"""Nested type checks of a JSON body against the spec: list elements and fields of nested models.

``spec.validate`` checks the top-level parameters; this module looks inside them, so that a
``codeList: [{}]`` or a ``passwordPayload: {"email": []}`` is refused with statusCode 400 naming
the element (``codeList[0] must be a string``) instead of reaching a handler that would index a
dict with a dict. Only the types of values present are checked: which nested fields are
required is left to the handlers, as the API words those errors per endpoint.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import ApiError

Type = Mapping[str, Any]
_MAX_DEPTH = 12  # deeper values are not checked; the JSON parser already bounds nesting

_NAMES = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean", "list": "an array",
          "dict": "an object"}


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, str], dict[str, Type]], Mapping[str, Any], Mapping[str, Any]]:
    """(client, endpoint name) -> {wire name: TYPE} of its JSON parameters; the models; the enums."""
    spec = spec_mod.load()
    table: dict[tuple[str, str], dict[str, Type]] = {}
    for raw in spec.get("endpoints") or []:
        params = {
            str(p["wire"]): p["type"]
            for p in raw.get("params") or []
            if p.get("location", "json") == "json" and isinstance(p.get("type"), Mapping)
        }
        table[(str(raw.get("client", "management")), str(raw["name"]))] = params
    return table, spec.get("models") or {}, spec.get("enums") or {}


def check_body(ep: spec_mod.SpecEndpoint, body: Mapping[str, Any]) -> None:
    """Raise ApiError 400 for the first value in ``body`` whose nested type breaks the spec."""
    table, models, enums = _index()
    params = table.get((ep.client, ep.name))
    if not params:
        return
    for wire, t in params.items():
        value = body.get(wire)
        if value is not None:
            _check(value, t, wire, models, enums, 0)


def _basic(t: Type, enums: Mapping[str, Any]) -> str:
    kind = t.get("kind")
    if kind in ("str", "int", "float", "bool", "list"):
        return str(kind)
    if kind in ("model", "map"):
        return "dict"
    if kind == "enum":
        values = (enums.get(str(t.get("name"))) or {}).get("values") or []
        if values and all(isinstance(v, str) for v in values):
            return "str"
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
    return "any"


def _matches(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list)
    if kind == "dict":
        return isinstance(value, dict)
    return True


def _check(value: Any, t: Type, where: str, models: Mapping[str, Any], enums: Mapping[str, Any], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    kind = t.get("kind")
    if kind == "union":
        options = [o for o in t.get("of") or [] if isinstance(o, Mapping)]
        if options and not any(_fits(value, o, models, enums, depth) for o in options):
            raise ApiError(400, f"{where} has the wrong type")
        return
    basic = _basic(t, enums)
    if not _matches(value, basic):
        raise ApiError(400, f"{where} must be {_NAMES[basic]}")
    if kind == "list":
        items = t.get("items")
        if isinstance(items, Mapping) and (items.get("kind") == "union" or _basic(items, enums) != "any"):
            for i, item in enumerate(value):
                if item is None:
                    raise ApiError(400, f"{where}[{i}] should not be null")
                _check(item, items, f"{where}[{i}]", models, enums, depth + 1)
    elif kind == "model":
        fields = (models.get(str(t.get("name"))) or {}).get("fields") or []
        for f in fields:
            sub = value.get(str(f.get("wire")))
            if sub is not None and isinstance(f.get("type"), Mapping):
                _check(sub, f["type"], f"{where}.{f['wire']}", models, enums, depth + 1)


def _fits(value: Any, t: Type, models: Mapping[str, Any], enums: Mapping[str, Any], depth: int) -> bool:
    try:
        _check(value, t, "", models, enums, depth)
    except ApiError:
        return False
    return True
