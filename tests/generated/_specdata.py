"""Values derived from the spec: call arguments with their expected wire form, sample answers,
and hypothesis strategies for wire JSON of every model."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from genauth_async._spec import load_spec

SPEC = load_spec()
MODELS: dict[str, Any] = {k: v for k, v in SPEC["models"].items() if k != "Any"}
ENUMS: dict[str, Any] = SPEC["enums"]
ENDPOINTS: list[dict[str, Any]] = SPEC["endpoints"]


def enum_values(name: str) -> list[Any]:
    return [v for v in ENUMS.get(name, {}).get("values", []) if isinstance(v, str)] or ["x"]


def sample(t: dict[str, Any], depth: int = 0, full: bool = False) -> Any:
    """A small wire value of a TYPE (required model fields only unless ``full``)."""
    k = t["kind"]
    if k == "str":
        return "s"
    if k == "int":
        return 3
    if k == "float":
        return 1.5
    if k == "bool":
        return True
    if k == "any":
        return {"a": 1}
    if k == "literal":
        return t["value"]
    if k == "enum":
        return enum_values(t["name"])[0]
    if k == "list":
        return [] if depth > 2 else [sample(t["items"], depth + 1, full)]
    if k == "map":
        return {"k": sample(t["values"], depth + 1, full)}
    if k == "union":
        simple = [x for x in t["of"] if x["kind"] in ("str", "int", "bool", "float")]
        return sample(simple[0] if simple else t["of"][0], depth, full)
    if k == "model":
        model = MODELS.get(t["name"])
        if model is None:
            return {}
        if depth > 10:
            return {}
        return {
            f["wire"]: sample(f["type"], depth + 1, full)
            for f in model["fields"]
            if f.get("required") or (full and depth == 0)
        }
    raise ValueError(k)


def argument(p: dict[str, Any]) -> Any:
    """The Python value passed for a parameter (wire-shaped: dicts stand in for models)."""
    t = p["type"]
    if p["location"] in ("query", "path", "form"):
        if t["kind"] == "list":
            return [sample(t["items"]) if t["items"]["kind"] != "any" else "x", "y"]
        if t["kind"] in ("any", "model", "map", "union"):
            return f"v-{p['name']}"
        if t["kind"] == "str":
            return f"v-{p['name']}"
    if t["kind"] == "str":
        return f"v-{p['name']}"
    return sample(t)


def encode_scalar(v: Any) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def expected_request(ep: dict[str, Any], args: dict[str, Any]) -> tuple[str, list[tuple[str, str]], Any]:
    """(path, sorted query pairs, JSON body or form pairs or None) the call must produce."""
    path = ep["path"]
    query: list[tuple[str, str]] = []
    body: dict[str, Any] = {}
    for p in ep["params"]:
        v = args[p["name"]]
        if p["location"] == "path":
            path = path.replace("{" + p["wire"] + "}", quote(encode_scalar(v), safe=""))
        elif p["location"] == "query":
            for item in v if isinstance(v, list) else [v]:
                query.append((p["wire"], encode_scalar(item)))
        elif p.get("encode") == "json_string":
            body[p["wire"]] = json.dumps(v)  # put_event: eventData travels as a JSON string
        else:
            body[p["wire"]] = v
    if any(p["location"] == "form" for p in ep["params"]):
        form = sorted(
            (k, encode_scalar(x)) for k, v in body.items() for x in (v if isinstance(v, list) else [v])
        )
        return path, sorted(query), form
    if ep["method"] in ("POST", "PUT", "PATCH"):
        return path, sorted(query), body
    return path, sorted(query), None


def answer(ep: dict[str, Any]) -> Any:
    dt = ep.get("data_type")
    return None if dt is None else sample(dt)


# -- hypothesis: wire JSON for a model ------------------------------------------------------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_json_leaf = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | _text
_json_any = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)


def strategy(t: dict[str, Any], request_side: set[str], depth: int = 0) -> st.SearchStrategy[Any]:
    k = t["kind"]
    if k == "str":
        return _text
    if k == "int":
        return st.integers(-(2**53), 2**53)
    if k == "float":
        return st.floats(allow_nan=False, allow_infinity=False, width=64).filter(lambda x: not x.is_integer())
    if k == "bool":
        return st.booleans()
    if k == "any":
        return _json_any
    if k == "literal":
        return st.just(t["value"])
    if k == "enum":
        return st.sampled_from(enum_values(t["name"])) | _text.filter(
            lambda s: s not in enum_values(t["name"])
        )
    if k == "list":
        return st.lists(strategy(t["items"], request_side, depth + 1), max_size=2 if depth < 2 else 0)
    if k == "map":
        return st.dictionaries(_text, strategy(t["values"], request_side, depth + 1), max_size=2)
    if k == "union":
        simple = [x for x in t["of"] if x["kind"] in ("str",)]
        return strategy(simple[0] if simple else t["of"][0], request_side, depth)
    if k == "model":
        if t["name"] not in MODELS:
            return st.fixed_dictionaries({})
        if depth > 2:
            return st.deferred(lambda: model_strategy(t["name"], request_side, depth + 1, minimal=True))
        return st.deferred(lambda: model_strategy(t["name"], request_side, depth + 1))
    raise ValueError(k)


def model_strategy(
    name: str, request_side: set[str], depth: int = 0, minimal: bool = False
) -> st.SearchStrategy[Any]:
    """Wire JSON of ``name``. Response-side models always carry every key (a missing optional key
    parses as None and comes back as null); request-side models may omit optional keys."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for f in MODELS[name]["fields"]:
        s = strategy(f["type"], request_side, depth)
        if f.get("required"):
            required[f["wire"]] = s
        elif minimal and name in request_side:
            continue
        elif name in request_side:
            optional[f["wire"]] = st.none() | s
        else:
            required[f["wire"]] = st.none() | s
    return st.fixed_dictionaries(required, optional=optional)


def dumps(v: Any) -> str:
    return json.dumps(v, sort_keys=True)
