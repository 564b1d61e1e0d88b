"""Spec models and enums -> ``genauth_async/models/`` (a lazy package of attrs classes).

Request side vs response side: a model is *request-side* when it is reachable (through field
types, transitively) from some endpoint's ``request_model`` or from the type of some endpoint
parameter. Its optional fields default to ``UNSET`` so that "omitted" and "explicit null" differ
on the wire. Every other model is *response-side*: optional fields default to ``None``. A model
used on both sides is request-side (parsing a response then leaves absent keys ``UNSET``).

Secrets: the fields that the spec's ``secret_fields`` rule selects (see :func:`is_secret`; the rule
is data, written by tools/spec/extract.py from tools/spec/secrets.py, which explains it) get
``repr=_masked``: ``repr()`` shows ``'***'`` when the value is set and ``None``/``UNSET`` as they
are, so a logged model never prints the secret but still tells whether one was given. A spec
without the rule masks nothing.
"""

from __future__ import annotations

import json
import keyword
import re
from typing import Any

from tools.codegen.common import HEADER, TypeRenderer, attr_name, enum_member, spec_models, wrap_names

PKG = "genauth_async/models"
MAX_LINES = 200  # split a letter group into chunks above this size: small modules keep the first
# call cheap (it loads only the modules of the models it returns, ~10 modules and ~120 classes for
# an ApplicationDto instead of ~540 classes; each attrs class costs ~15 KB of memory)
UNSET_TYPE = "Unset"  # the type of genauth_async._model.UNSET
WIRE_BACKED = "WireBacked"  # base of response models that nest models (genauth_async._model)

REDACT_MODULE = "_redact"


def is_secret(model: str, field: dict[str, Any], rule: dict[str, Any] | None) -> bool:
    """Whether field ``field`` of model ``model`` holds a secret under the spec's ``secret_fields``
    ``rule``: a text-like value whose name (read up to the rule's qualifier) is, or ends in ``_`` +,
    one of its nouns, or the auth-code field of a model named like an authentication context."""
    if not rule or field["type"]["kind"] not in rule["kinds"]:
        return False
    name = field["name"]
    if name in rule["not_secret"]:
        return False
    head = name.split(rule["qualifier"], 1)[0]
    if any(head == noun or head.endswith("_" + noun) for noun in rule["nouns"]):
        return True
    auth = rule["auth_code"]
    return name == auth["field"] and any(re.fullmatch(p, model) for p in auth["models"])


def render_redact() -> str:
    return (
        HEADER
        + '''"""``repr`` of secret model fields (the spec's ``secret_fields`` rule, tools/spec/secrets.py)."""

from __future__ import annotations

from genauth_async._model import UNSET

__all__ = ["masked"]


def masked(value: object) -> str:
    """``'***'`` for a set secret; ``None`` and ``UNSET`` as they are (was one given?)."""
    if value is None or value is UNSET:
        return repr(value)
    return "'***'"
'''
    )


def request_side(spec: dict[str, Any], tr: TypeRenderer) -> set[str]:
    models = spec_models(spec)
    todo: list[str] = []
    for ep in list(spec.get("endpoints", [])) + list(spec.get("protocol_endpoints", [])):
        if ep.get("request_model") in models:
            todo.append(ep["request_model"])
        for p in ep.get("params", []):
            todo.extend(n for n in tr.names(p["type"], set()) if n in models)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for f in models[name].get("fields", []):
            todo.extend(n for n in tr.names(f["type"], set()) if n in models and n not in seen)
    return seen


def field_names(fields: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for f in fields:
        n = attr_name(f["name"])
        base, i = n, 2
        while n in out:
            n, i = f"{base}_{i}", i + 1
        out.append(n)
    return out


def _describe(t: dict[str, Any], tr: TypeRenderer) -> str:
    return tr.field(t).replace("List[", "list[").replace("Dict[", "dict[")


def nests_models(model: dict[str, Any], models: Any, tr: TypeRenderer) -> bool:
    """Whether some field's type names another model (a nested model, or a list or map of them)."""
    return any(n in models for f in model.get("fields", []) for n in tr.names(f["type"], set()))


def render_model(name: str, model: dict[str, Any], req: bool, tr: TypeRenderer, nests: bool = False,
                 secrets: dict[str, Any] | None = None) -> list[str]:
    """One attrs class. A response-side model that nests models derives from ``WireBacked``, so the
    SDK can build its nested models on first read (see genauth_async/_model.py)."""
    fields = model.get("fields", [])
    names = field_names(fields)
    side = "request" if req else "response"
    default = "_UNSET" if req else "None"
    base = f"({WIRE_BACKED})" if nests and not req else ""
    lines = ["", "", "@_attrs.define(kw_only=True, slots=True)", f"class {name}{base}:"]
    doc = [f'    """Wire model ``{name}`` ({side} side; optional fields default to {default.strip("_")}).']
    if fields:
        doc.append("")
        doc.append("    Fields (attribute: wire name, type):")
        for n, f in zip(names, fields, strict=True):
            req_txt = "required" if f.get("required") else "optional"
            doc.append(f"        {n}: ``{f['wire']}``, {_describe(f['type'], tr)}, {req_txt}")
    doc[-1] += '"""' if len(doc) == 1 else ""
    if len(doc) > 1:
        doc.append('    """')
    lines.extend(doc)
    if not fields:
        return lines
    lines.append("")
    # required fields first is not needed (kw_only), keep spec order for readability
    for n, f in zip(names, fields, strict=True):
        ann = tr.field(f["type"])
        meta = f'metadata={{"wire": {json.dumps(f["wire"])}}}'
        if is_secret(name, f, secrets):
            meta = f"repr=_masked, {meta}"
        if f.get("required"):
            lines.append(f"    {n}: {ann} = _attrs.field({meta})")
        else:
            if ann != "Any":
                ann = f"{ann} | None | {UNSET_TYPE}" if req else f"{ann} | None"
            lines.append(f"    {n}: {ann} = _attrs.field(default={default}, {meta})")
    return lines


def render_enum(key: str, entry: dict[str, Any]) -> list[str]:
    cls = entry["class_name"]
    vals = entry.get("values", [])
    lines = [
        "",
        "",
        f"class {cls}(WireEnum):",
        f'    """Enum of ``{key}`` (unknown wire values are kept, not rejected)."""',
    ]
    if vals:
        lines.append("")
    taken: set[str] = set()
    spec_names = {m["value"]: m["name"] for m in entry.get("members", []) if isinstance(m.get("name"), str)}
    others = []
    for v in vals:
        if not isinstance(v, str):
            others.append(v)  # WireEnum is a str enum; such values are kept as plain values
            continue
        name = spec_names.get(v, "")
        if (
            name.isidentifier()
            and not name.startswith("_")
            and name not in taken
            and not keyword.iskeyword(name)
        ):
            taken.add(name)
        else:
            name = enum_member(v, taken)
        lines.append(f"    {name} = {json.dumps(v)}")
    if others:
        lines[3] = (
            lines[3][:-3]
            + f" Non-string wire values ({', '.join(map(repr, others))}) stay plain values."
            + '"""'
        )
    return lines


def _module_of(names: list[str], blocks: dict[str, list[str]]) -> dict[str, str]:
    """Group names by first letter; split a group in chunks of at most MAX_LINES lines."""
    groups: dict[str, list[str]] = {}
    for n in sorted(names):
        ch = n[0].lower()
        groups.setdefault(ch if ch.isalpha() else "other", []).append(n)
    out: dict[str, str] = {}
    for letter, members in sorted(groups.items()):
        chunks: list[list[str]] = [[]]
        size = 0
        for n in members:
            if size and size + len(blocks[n]) > MAX_LINES:
                chunks.append([])
                size = 0
            chunks[-1].append(n)
            size += len(blocks[n])
        for i, chunk in enumerate(chunks):
            mod = f"_{letter}" if len(chunks) == 1 else f"_{letter}{i + 1}"
            for n in chunk:
                out[n] = mod
    return out


def generate_models(spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Returns (files, name -> module)."""
    tr = TypeRenderer(spec)
    req = request_side(spec, tr)
    blocks: dict[str, list[str]] = {}
    refs: dict[str, set[str]] = {}
    models = spec_models(spec)
    for name, model in models.items():
        blocks[name] = render_model(name, model, name in req, tr, nests_models(model, models, tr),
                                    spec.get("secret_fields"))
        r: set[str] = set()
        for f in model.get("fields", []):
            tr.names(f["type"], r)
        refs[name] = r
    enum_names: set[str] = set()
    for key, entry in spec.get("enums", {}).items():
        cls = entry["class_name"]
        if cls in blocks:
            raise ValueError(f"duplicate class name {cls}")
        blocks[cls] = render_enum(key, entry)
        refs[cls] = set()
        enum_names.add(cls)
    module_of = _module_of(list(blocks), blocks)
    files: dict[str, str] = {}
    by_mod: dict[str, list[str]] = {}
    for n, m in module_of.items():
        by_mod.setdefault(m, []).append(n)
    for mod, members in sorted(by_mod.items()):
        members.sort()
        text = [
            HEADER.rstrip("\n"),
            f'"""Wire models and enums ({", ".join([members[0], "...", members[-1]]) if len(members) > 2 else ", ".join(members)})."""',
            "",
        ]
        text.append("from __future__ import annotations")
        text.append("")
        typing_at = len(text)
        text.append("")
        text.append("import attrs as _attrs")
        text.append("")
        model_at = len(text)
        foreign: dict[str, set[str]] = {}
        for n in members:
            for r in refs[n]:
                if module_of.get(r, mod) != mod:
                    foreign.setdefault(module_of[r], set()).add(r)
        if foreign:
            text.append("")
            text.append("if TYPE_CHECKING:")
            for m, ns in sorted(foreign.items()):
                text.append(f"    from .{m} import (")
                text.extend(wrap_names(sorted(ns), indent="        "))
                text.append("    )")
        text.append("")
        text.append("__all__ = [")
        text.extend(wrap_names(members, quote=True))
        text.append("]")
        for n in members:
            text.extend(blocks[n])
        body = "\n".join(text)
        code = "\n".join(line for line in body.splitlines() if "_attrs.field(" in line)
        used = [n for n in ("Any", "Dict", "List", "Literal") if re.search(rf"\b{n}\b", code)]
        if foreign:
            used.insert(0, "TYPE_CHECKING")
        imp = []
        if "_UNSET" in code:
            imp.append("UNSET as _UNSET")
        if re.search(rf"\b{UNSET_TYPE}\b", code):
            imp.append(UNSET_TYPE)
        if re.search(rf"^class \w+\({WIRE_BACKED}\):", body, re.M):
            imp.append(WIRE_BACKED)
        if any(n in enum_names for n in members):
            imp.append("WireEnum")
        if "repr=_masked" in code:
            text.insert(model_at, f"from genauth_async.models.{REDACT_MODULE} import masked as _masked")
        if imp:
            text.insert(model_at, f"from genauth_async._model import {', '.join(imp)}")
        text[typing_at:typing_at] = [f"from typing import {', '.join(used)}"] if used else []
        if not used:
            del text[typing_at]  # the blank line before "import attrs"
        files[f"{PKG}/{mod}.py"] = "\n".join(text) + "\n"
    files[f"{PKG}/__init__.py"] = render_init(by_mod)
    if REDACT_MODULE in by_mod:
        raise ValueError(f"model module name {REDACT_MODULE} is taken")
    files[f"{PKG}/{REDACT_MODULE}.py"] = render_redact()
    return files, module_of


def render_init(by_mod: dict[str, list[str]]) -> str:
    names = sorted(n for ns in by_mod.values() for n in ns)
    t = [
        HEADER.rstrip("\n"),
        "# ruff: noqa: F403, F405",
        '"""All wire models and enums, loaded lazily: a name imports only the module that defines it.',
        "",
        "``import genauth_async.models`` is cheap; ``genauth_async.models.ApplicationDto`` (or",
        "``from genauth_async.models import ApplicationDto``) imports one small module on first use.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    for mod in sorted(by_mod):
        t.append(f"    from .{mod} import *")
    t.append("")
    t.append("# module -> the names it defines")
    t.append("_MODULES: dict[str, tuple[str, ...]] = {")
    for mod, members in sorted(by_mod.items()):
        t.append(f"    {mod!r}: (")
        t.extend(wrap_names(sorted(members), indent="        ", quote=True))
        t.append("    ),")
    t.append("}")
    t.append("_MODULE_OF: dict[str, str] = {n: m for m, ns in _MODULES.items() for n in ns}")
    t.append("")
    t.append("__all__ = [")
    t.extend(wrap_names(names, quote=True))
    t.append("]")
    t.append("")
    t.append("")
    t.append("def __getattr__(name: str) -> Any:")
    t.append("    module = _MODULE_OF.get(name)")
    t.append("    if module is None:")
    t.append('        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")')
    t.append('    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)')
    t.append("    globals()[name] = value")
    t.append("    return value")
    t.append("")
    t.append("")
    t.append("def __dir__() -> list[str]:")
    t.append("    return sorted(set(globals()) | set(_MODULE_OF))")
    return "\n".join(t) + "\n"
