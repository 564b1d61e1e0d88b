"""Shared helpers: naming rules, spec type -> Python type text, file header."""

from __future__ import annotations

import builtins
import json
import keyword
import re
from collections.abc import Iterable
from typing import Any

HEADER = (
    "# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: "
    'run "python -m tools.codegen" instead.\n'
)

Type = dict[str, Any]

# Names the generated annotations use; an attribute or method with one of these names would shadow
# it inside a class body (mypy and typing.get_type_hints both resolve class-scope names first).
ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "Any", "List", "Dict", "Mapping", "Literal"})


def py_name(name: str) -> str:
    """A valid Python identifier for a spec name (keywords get a trailing underscore)."""
    out = re.sub(r"\W", "_", name)
    if not out or out[0].isdigit():
        out = "f_" + out
    if keyword.iskeyword(out):
        out += "_"
    return out


def attr_name(name: str) -> str:
    """Model attribute name: valid, no leading underscore (attrs strips it from ``__init__``),
    and not shadowing a name the generated annotations use."""
    out = py_name(name).lstrip("_") or "value"
    if out[0].isdigit():
        out = "f_" + out
    if keyword.iskeyword(out) or out in ANNOTATION_NAMES:
        out += "_"
    return out


def param_name(name: str) -> str:
    """Method parameter names stay official; only invalid ones (keywords) are changed."""
    out = py_name(name)
    if keyword.iskeyword(out):
        out += "_"
    return out


def const_name(name: str) -> str:
    return "_EP_" + re.sub(r"\W", "_", name).upper()


def enum_member(value: Any, taken: set[str]) -> str:
    text = str(value)
    base = re.sub(r"[^0-9A-Za-z]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)).strip("_").upper()
    if not base:
        base = "EMPTY" if text == "" else "VALUE"
    if base[0].isdigit():
        base = "V_" + base
    if keyword.iskeyword(base) or base.startswith("_") or base in ("MRO",):
        base = "V_" + base
    out, n = base, 2
    while out in taken:
        out, n = f"{base}_{n}", n + 1
    taken.add(out)
    return out


def wrap_names(
    names: Iterable[str], indent: str = "    ", width: int = 100, quote: bool = False
) -> list[str]:
    """Comma-separated names wrapped to ``width`` (each line ends with a comma)."""
    lines: list[str] = []
    cur = indent
    for n in names:
        item = (json.dumps(n) if quote else n) + ","
        if len(cur) + len(item) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += item + " "
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


_BUILTIN_NAMES = frozenset(dir(builtins))

# Async-only wording in docstrings shared with (or mirrored from) the async clients, and what the
# sync facade says instead. Longest phrases first: they are applied in order.
_SYNC_DOC_REPLACEMENTS = (
    ("an async iterator (``async for``)", "an iterator (``for``)"),
    ("as an async iterator", "as an iterator"),
    ("(an async iterator)", "(an iterator)"),
    ("an async iterator", "an iterator"),
    ("``async for``", "``for``"),
    ("async for", "for"),
    ("``async with``", "``with``"),
    ("``await``", "a call"),
)
_ASYNC_WORDS = re.compile(r"\basync\b|\bawait\b", re.IGNORECASE)


def sync_doc(text: str) -> str:
    """A docstring line written for an async method, adapted for the sync facade."""
    for old, new in _SYNC_DOC_REPLACEMENTS:
        text = text.replace(old, new)
    return text


def async_words(text: str) -> list[str]:
    """Async-only words left in a docstring (the sync generator refuses them)."""
    return _ASYNC_WORDS.findall(text)


# Spec model names that would shadow typing names in generated modules (the Node SDK has an empty
# ``Any`` DTO); such models are not generated and fields of that type are typed ``Any``.
RESERVED_MODEL_NAMES = ANNOTATION_NAMES | {"Optional", "Union", "TYPE_CHECKING", "WireEnum", "Unset", "UNSET"}


def spec_models(spec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in spec.get("models", {}).items() if k not in RESERVED_MODEL_NAMES}


class TypeRenderer:
    """Renders spec TYPEs for the three places they appear (model fields, parameters, returns)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.enums: dict[str, Any] = spec.get("enums", {})
        self.models: dict[str, Any] = spec_models(spec)

    def enum_class(self, name: str) -> str:
        entry = self.enums.get(name)
        if entry is None:
            return "str"
        return str(entry["class_name"])

    def names(self, t: Type | None, out: set[str]) -> set[str]:
        """Model and enum class names a type refers to."""
        if not t:
            return out
        k = t["kind"]
        if k == "model":
            if t["name"] in self.models:
                out.add(t["name"])
        elif k == "enum":
            if t["name"] in self.enums:
                out.add(self.enum_class(t["name"]))
        elif k == "list":
            self.names(t["items"], out)
        elif k == "map":
            self.names(t["values"], out)
        elif k == "union":
            for x in t["of"]:
                self.names(x, out)
        return out

    def _join(self, parts: list[str]) -> str:
        seen: list[str] = []
        for p in parts:
            for q in p.split(" | ") if "[" not in p else [p]:
                if q not in seen:
                    seen.append(q)
        if "Any" in seen:
            return "Any"
        return " | ".join(seen)

    def field(self, t: Type) -> str:
        k = t["kind"]
        if k in ("str", "int", "float", "bool"):
            return str(k)
        if k == "any":
            return "Any"
        if k == "list":
            return f"List[{self.field(t['items'])}]"
        if k == "map":
            return f"Dict[str, {self.field(t['values'])}]"
        if k == "model":
            if t["name"] in RESERVED_MODEL_NAMES:
                return "Any"
            return t["name"] if t["name"] in self.models else "Dict[str, Any]"
        if k == "enum":
            return self.enum_class(t["name"])
        if k == "literal":
            return f"Literal[{t['value']!r}]"
        if k == "union":
            return self._join([self.field(x) for x in t["of"]])
        raise ValueError(f"unknown type kind {k!r}")

    def param(self, t: Type) -> str:
        k = t["kind"]
        if k == "list":
            return f"List[{self.param(t['items'])}]"
        if k == "map":
            return f"Mapping[str, {self.param(t['values'])}]"
        if k == "model":
            if t["name"] in RESERVED_MODEL_NAMES:
                return "Any"
            if t["name"] in self.models:
                return f"{t['name']} | Mapping[str, Any]"
            return "Mapping[str, Any]"
        if k == "enum":
            cls = self.enum_class(t["name"])
            return f"{cls} | str" if cls != "str" else "str"
        if k == "union":
            return self._join([self.param(x) for x in t["of"]])
        return self.field(t)

    def returns(self, t: Type | None) -> str:
        """Return annotation of an endpoint method: like a field, except that a part of the answer
        the spec leaves untyped (``any``, or a model it does not define) is ``JsonValue`` /
        ``JsonObject`` (``genauth_async.types``), never ``Any``: the caller still gets JSON."""
        if t is None:
            return "None"
        return self.result(t)

    def result(self, t: Type) -> str:
        """A type as part of a method's result (see ``returns``)."""
        k = t["kind"]
        if k == "any":
            return "JsonValue"
        if k == "list":
            return f"List[{self.result(t['items'])}]"
        if k == "map":
            return f"Dict[str, {self.result(t['values'])}]"
        if k == "model" and (t["name"] in RESERVED_MODEL_NAMES or t["name"] not in self.models):
            return "JsonValue" if t["name"] in RESERVED_MODEL_NAMES else "JsonObject"
        if k == "union":
            parts = [self.result(x) for x in t["of"]]
            return "JsonValue" if "JsonValue" in parts else self._join(parts)
        return self.field(t)

    def expr(self, t: Type | None) -> str | None:
        """The type-expression string handed to ``from_wire`` (builtin generics, bare class names)."""
        if t is None:
            return None
        k = t["kind"]
        if k in ("str", "int", "float", "bool"):
            return str(k)
        if k == "any":
            return "Any"
        if k == "list":
            return f"list[{self.expr(t['items'])}]"
        if k == "map":
            return f"dict[str, {self.expr(t['values'])}]"
        if k == "model":
            if t["name"] in RESERVED_MODEL_NAMES:
                return "Any"
            return t["name"] if t["name"] in self.models else "dict[str, Any]"
        if k == "enum":
            return self.enum_class(t["name"])
        if k == "literal":
            return type(t["value"]).__name__ if t["value"] is not None else "None"
        if k == "union":
            parts = [self.expr(x) or "None" for x in t["of"]]
            if "Any" in parts:
                return "Any"
            return " | ".join(dict.fromkeys(parts))
        raise ValueError(f"unknown type kind {k!r}")

    def kind(self, t: Type) -> str:
        """Validation kind of a parameter (see ``Param.kind``)."""
        k = t["kind"]
        if k in ("str", "int", "float", "bool", "list", "any"):
            return str(k)
        if k in ("map", "model"):
            return "dict"
        if k == "enum":
            return "str"
        if k == "literal":
            v = t["value"]
            return {str: "str", bool: "bool", int: "int", float: "float"}.get(type(v), "any")
        if k == "union":
            kinds = {self.kind(x) for x in t["of"]}
            if kinds == {"int", "float"}:
                return "float"
            return kinds.pop() if len(kinds) == 1 else "any"
        return "any"
