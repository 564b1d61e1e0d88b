"""Shape a stored item into an endpoint's answer model, keeping every answer schema-valid.

An item holds what the client sent plus the generated fields; an answer model may ask for fields
the item does not have (filled from the spec's sample generator, as the sample-only endpoints do)
or type a field differently from what was sent (then the sample value stands in).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import NO_DATA
from genauth_async.testing.stateful.plan import model_fields

Type = Mapping[str, Any]


def _cells(value: Any) -> Any:
    if not isinstance(value, dict):
        return []
    return [{"fieldId": str(k), "value": v} for k, v in value.items()]


# Computed answer fields, named in a family's ``aliases`` as "view(field)".
VIEWS: dict[str, Callable[[Any], Any]] = {
    "cells": _cells,
    "first": lambda value: value[0] if isinstance(value, list) and value else None,
}


def conforms(t: Type | None, value: Any) -> bool:
    """Whether ``value`` is a valid wire value of the spec TYPE expression ``t``."""
    if not t or value is None:
        return value is None or not t
    kind = t.get("kind")
    spec = spec_mod.load()
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list) and all(conforms(t.get("items"), v) for v in value)
    if kind == "map":
        return isinstance(value, dict)
    if kind == "enum":
        values = (spec.get("enums") or {}).get(str(t.get("name")), {}).get("values") or []
        return not values or value in values
    if kind == "literal":
        return bool(value == t.get("value"))
    if kind == "union":
        options = t.get("of") or []
        return not options or any(conforms(o, value) for o in options)
    if kind == "model":
        if not isinstance(value, dict):
            return False
        for f in model_fields(str(t.get("name"))):
            wire = str(f["wire"])
            if wire in value:
                if not conforms(f.get("type"), value[wire]):
                    return False
            elif f.get("required"):
                return False
        return True
    return True


@functools.lru_cache(maxsize=1024)
def _skeleton(model: str, salt: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    sampler = spec_mod.sampler()
    for f in model_fields(model):
        if f.get("required"):
            out[str(f["wire"])] = sampler.value(f.get("type"), str(f["wire"]), salt, 2, (model,))
    return out


def shape_model(model: str, item: Mapping[str, Any], aliases: Mapping[str, str], salt: str) -> dict[str, Any]:
    out = copy.deepcopy(_skeleton(model, salt))
    for f in model_fields(model):
        wire = str(f["wire"])
        source = aliases.get(wire, wire)
        if "(" in source:
            view, _, arg = source.rstrip(")").partition("(")
            value = VIEWS[view](item.get(arg))
        elif source in item:
            value = item[source]
        else:
            continue
        if conforms(f.get("type"), value):
            out[wire] = copy.deepcopy(value)
        elif isinstance(value, str) and (f.get("type") or {}).get("kind") == "enum":
            # Request and answer enums of one field may differ in case only (USER / user).
            values = (spec_mod.load().get("enums") or {}).get(str(f["type"].get("name")), {}).get("values") or []
            same = [v for v in values if isinstance(v, str) and v.lower() == value.lower()]
            if same:
                out[wire] = same[0]
    return out


def page_item_model(t: Type | None) -> str | None:
    """The item model of a page-shaped answer (a model with a ``list`` of models), else None."""
    if not t or t.get("kind") != "model":
        return None
    for f in model_fields(str(t.get("name"))):
        ft = f.get("type") or {}
        if f.get("wire") == "list" and ft.get("kind") == "list" and (ft.get("items") or {}).get("kind") == "model":
            return str(ft["items"]["name"])
    return None


def answer(t: Type | None, items: Sequence[Mapping[str, Any]], total: int | None, aliases: Mapping[str, str],
           salt: str) -> Any:
    """The ``data`` of an answer about ``items`` (one item for create/get/update, a page for list)."""
    if not t:
        return NO_DATA
    kind = t.get("kind")
    if kind == "list":
        inner = t.get("items") or {}
        if inner.get("kind") == "model" and page_item_model(inner) is not None:
            return [answer(inner, items, total, aliases, salt)]  # a list holding one page
        if inner.get("kind") == "model":
            return [shape_model(str(inner["name"]), i, aliases, salt) for i in items]
        return spec_mod.sampler().value(t, "data", salt)
    if kind != "model":
        return spec_mod.sampler().value(t, "data", salt)
    name = str(t["name"])
    item_model = page_item_model(t)
    if item_model is not None:
        out = copy.deepcopy(_skeleton(name, salt))
        out["list"] = [shape_model(item_model, i, aliases, salt) for i in items]
        if any(f.get("wire") == "totalCount" for f in model_fields(name)):
            out["totalCount"] = len(items) if total is None else total
        return out
    if not items:
        return copy.deepcopy(_skeleton(name, salt))
    return shape_model(name, items[0], aliases, salt)
