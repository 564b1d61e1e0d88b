"""Spec models and enums -> ``genauth_async/models/`` (a lazy package of attrs classes).

Layout: one module per model, named after it (:func:`module_name`), holding the model and its
enums; module-level imports between model modules (no circle: :func:`plan_modules` refuses one);
models no endpoint takes or returns (:func:`reachable`) in the ``unused`` subpackage; the package
``__init__`` maps names to modules lazily (table in ``_index.py``).

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
UNUSED = "unused"  # subpackage of the models no endpoint takes or returns (see reachable())
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


def module_name(class_name: str) -> str:
    """The module of a model (and of its enums): the snake_case of its class name.

    It depends on the name alone, so adding or removing another model never moves it, and a
    pickle (which names ``genauth_async.models.<module>``) stays loadable across regenerations.
    """
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", class_name)
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", out).lower()
    if not out.isidentifier() or keyword.iskeyword(out) or out.startswith("_"):
        raise ValueError(f"class name {class_name!r} gives no usable module name ({out!r})")
    return out


def enum_owner(key: str) -> str:
    """Spec enums are scoped ``Owner.field``: the owner is a model or an endpoint's parameter set."""
    return key.split(".", 1)[0]


def class_refs(spec: dict[str, Any], tr: TypeRenderer) -> dict[str, set[str]]:
    """Class name -> the model and enum classes its fields refer to (enums refer to nothing)."""
    refs: dict[str, set[str]] = {}
    for name, model in spec_models(spec).items():
        r: set[str] = set()
        for f in model.get("fields", []):
            tr.names(f["type"], r)
        refs[name] = r
    for entry in spec.get("enums", {}).values():
        refs.setdefault(entry["class_name"], set())
    return refs


def reachable(spec: dict[str, Any], tr: TypeRenderer) -> set[str]:
    """Model and enum classes the SDK takes or returns.

    Roots: every endpoint's request model, the types of its parameters and the type of its
    envelope's ``data`` (what a method returns; the envelope itself is unwrapped, so the spec's
    ``...RespDto`` wrappers are not roots). Then everything their fields refer to, transitively.
    """
    refs = class_refs(spec, tr)
    todo: list[str] = []
    for ep in list(spec.get("endpoints", [])) + list(spec.get("protocol_endpoints", [])):
        if ep.get("request_model") in refs:
            todo.append(ep["request_model"])
        for p in ep.get("params", []):
            todo.extend(tr.names(p["type"], set()))
        todo.extend(tr.names(ep.get("data_type"), set()))
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen and name in refs:
            seen.add(name)
            todo.extend(refs[name] - seen)
    return seen


# Names the generated package __init__ binds itself; a submodule of the same name would replace
# them once imported (importing a submodule sets it as an attribute of its package).
_INIT_NAMES = frozenset({"annotations", "lazy_attributes", "TYPE_CHECKING", "Any", "MODULE_OF", UNUSED})


def plan_modules(spec: dict[str, Any], tr: TypeRenderer) -> dict[str, list[str]]:
    """Module (dotted, relative to the models package) -> its classes, the model or parameter set
    it is named after first, then its enums by name. Modules holding nothing reachable go to the
    ``unused`` subpackage."""
    models = spec_models(spec)
    groups: dict[str, list[str]] = {}
    owner_of: dict[str, str] = {}
    for name in models:
        groups[module_name(name)] = [name]
        owner_of[module_name(name)] = name
    enums: dict[str, list[str]] = {}
    for key, entry in sorted(spec.get("enums", {}).items()):
        cls = entry["class_name"]
        if cls in models:
            raise ValueError(f"duplicate class name {cls}")
        mod = module_name(enum_owner(key))
        if owner_of.setdefault(mod, enum_owner(key)) != enum_owner(key):
            raise ValueError(f"{enum_owner(key)!r} and {owner_of[mod]!r} share the module name {mod!r}")
        enums.setdefault(mod, []).append(cls)
    for mod, classes in enums.items():
        groups.setdefault(mod, []).extend(sorted(set(classes)))
    used = reachable(spec, tr)
    out: dict[str, list[str]] = {}
    for mod, classes in sorted(groups.items()):
        if mod in _INIT_NAMES:
            raise ValueError(f"module name {mod!r} (of {classes[0]}) is taken")
        out[mod if used.intersection(classes) else f"{UNUSED}.{mod}"] = classes
    _check_no_cycle(out, class_refs(spec, tr))
    return out


def _import_graph(modules: dict[str, list[str]], refs: dict[str, set[str]]) -> dict[str, set[str]]:
    module_of = {c: m for m, cs in modules.items() for c in cs}
    return {m: {module_of[r] for c in cs for r in refs[c]} - {m} for m, cs in modules.items()}


def _check_no_cycle(modules: dict[str, list[str]], refs: dict[str, set[str]]) -> None:
    """Model modules import each other at run time, so a circle would fail to import: refuse it.
    (A model referring to itself, like ``TreeStructs``, needs no import.)"""
    graph = _import_graph(modules, refs)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(graph):
        if start in state:
            continue
        path = [start]
        stack = [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                circle = path[path.index(nxt):] + [nxt]
                raise ValueError(f"model modules would import in a circle: {' -> '.join(circle)}")
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))


def _relative(source: str, target: str) -> str:
    """``from <this> import ...`` text for a model module importing another one."""
    up = "." * (source.count(".") + 1)
    return up + target


def render_module(
    mod: str, classes: list[str], blocks: dict[str, list[str]], refs: dict[str, set[str]],
    module_of: dict[str, str], title: str,
) -> str:
    """One model module: the model (or parameter set) it is named after, its enums, and module-level
    imports of the modules whose classes its fields use, so annotations resolve like any code's."""
    doc = f'"""{title}\n"""' if "\n" in title else f'"""{title}"""'
    text = [HEADER.rstrip("\n"), doc, "", "from __future__ import annotations", ""]
    body: list[str] = []
    for n in classes:
        body.extend(blocks[n])
    code = "\n".join(line for line in body if "_attrs.field(" in line)
    used = [n for n in ("Any", "Dict", "List", "Literal") if re.search(rf"\b{n}\b", code)]
    if used:
        text += [f"from typing import {', '.join(used)}", ""]
    if any(line.startswith("@_attrs.define") for line in body):
        text += ["import attrs as _attrs", ""]
    imp = []
    if "_UNSET" in code:
        imp.append("UNSET as _UNSET")
    if re.search(rf"\b{UNSET_TYPE}\b", code):
        imp.append(UNSET_TYPE)
    if any(re.match(rf"class \w+\({WIRE_BACKED}\):", line) for line in body):
        imp.append(WIRE_BACKED)
    if any(re.match(r"class \w+\(WireEnum\):", line) for line in body):
        imp.append("WireEnum")
    if imp:
        text.append(f"from genauth_async._model import {', '.join(imp)}")
    if "repr=_masked" in code:
        text.append(f"from genauth_async.models.{REDACT_MODULE} import masked as _masked")
    if imp or "repr=_masked" in code:
        text.append("")
    foreign: dict[str, set[str]] = {}
    for n in classes:
        for r in refs[n]:
            if module_of[r] != mod:
                foreign.setdefault(module_of[r], set()).add(r)
    for target, names in sorted(foreign.items()):
        text.append(f"from {_relative(mod, target)} import {', '.join(sorted(names))}")
    if foreign:
        text.append("")
    text.append(f"__all__ = [{', '.join(json.dumps(n) for n in classes)}]")
    return "\n".join(text + body) + "\n"


def _title(mod: str, classes: list[str], models: dict[str, Any], owner: str) -> str:
    enums = [c for c in classes if c not in models]
    if classes[0] in models:
        title = f"Wire model ``{classes[0]}``"
        if enums:
            title += f" and its enum{'s' if len(enums) > 1 else ''} ({', '.join(enums)})"
    else:
        title = f"Enums of the ``{owner}`` endpoint parameters ({', '.join(enums)})"
    if mod.startswith(UNUSED + "."):
        title += ".\n\nNo endpoint takes or returns it (see :mod:`genauth_async.models.unused`)."
    else:
        title += "."
    return title


def generate_models(spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Returns (files, class name -> module, dotted relative to ``genauth_async.models``)."""
    tr = TypeRenderer(spec)
    req = request_side(spec, tr)
    models = spec_models(spec)
    refs = class_refs(spec, tr)
    blocks: dict[str, list[str]] = {}
    for name, model in models.items():
        blocks[name] = render_model(name, model, name in req, tr, nests_models(model, models, tr),
                                    spec.get("secret_fields"))
    owners: dict[str, str] = {}
    for key, entry in spec.get("enums", {}).items():
        blocks[entry["class_name"]] = render_enum(key, entry)
        owners[entry["class_name"]] = enum_owner(key)
    modules = plan_modules(spec, tr)
    module_of = {c: m for m, cs in modules.items() for c in cs}
    files: dict[str, str] = {}
    for mod, classes in modules.items():
        title = _title(mod, classes, models, owners.get(classes[0], classes[0]))
        text = render_module(mod, classes, blocks, refs, module_of, title)
        files[f"{PKG}/{mod.replace('.', '/')}.py"] = text
    files[f"{PKG}/__init__.py"] = render_init(modules)
    files[f"{PKG}/{INDEX_MODULE}.py"] = render_index(modules)
    files[f"{PKG}/{UNUSED}/__init__.py"] = render_unused_init(modules)
    files[f"{PKG}/{REDACT_MODULE}.py"] = render_redact()
    return files, module_of


def render_unused_init(modules: dict[str, list[str]]) -> str:
    count = sum(1 for m in modules if m.startswith(UNUSED + "."))
    return (
        HEADER
        + f'''"""Models no endpoint takes or returns ({count} modules), kept importable but out of the way.

Mostly the spec's envelope wrappers (``...RespDto``: ``statusCode``, ``message``, ``data``), which the
SDK never returns because it unwraps ``data``, and payloads of calls the SDK does not make. Import
them as before, from :mod:`genauth_async.models`; see docs/internals.md ("Models layout").
"""
'''
    )


INDEX_MODULE = "_index"


def render_index(modules: dict[str, list[str]]) -> str:
    """The name -> module table the package's ``__getattr__`` reads (one line per name, so adding a
    model adds lines and changes none)."""
    t = [
        HEADER.rstrip("\n"),
        '"""Class name -> the module defining it, relative to :mod:`genauth_async.models`.',
        "",
        "Read by the package's ``__getattr__`` on the first lookup of a name (a table of its own so that",
        "``import genauth_async.models`` stays a few lines of work).",
        '"""',
        "",
        "MODULE_OF: dict[str, str] = {",
    ]
    pairs = sorted((n, m) for m, ns in modules.items() for n in ns)
    t.extend(f"    {json.dumps(n)}: {json.dumps(m)}," for n, m in pairs)
    t.append("}")
    return "\n".join(t) + "\n"


def render_init(modules: dict[str, list[str]]) -> str:
    names = sorted(n for ns in modules.values() for n in ns)
    t = [
        HEADER.rstrip("\n"),
        '"""All wire models and enums, loaded lazily: a name imports only the module that defines it',
        "(and the modules of the models its fields use).",
        "",
        "``import genauth_async.models`` is cheap; ``genauth_async.models.ApplicationDto`` (or",
        "``from genauth_async.models import ApplicationDto``) imports ``genauth_async.models.application_dto``",
        "on first use. Each model has a module named after it (``CreateTenantUserOptionsDto`` in",
        "``create_tenant_user_options_dto``, beside its enums); models no endpoint takes or returns live in",
        "``genauth_async.models.unused``. The name -> module table is ``_index.MODULE_OF``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from genauth_async._lazy import lazy_attributes",
        "",
        "if TYPE_CHECKING:",
    ]
    for mod, members in sorted(modules.items()):
        t.append(f"    from .{mod} import {', '.join(members)}")
    t.append("")
    t.append("__all__ = [")
    t.extend(wrap_names(names, quote=True))
    t.append("]")
    t.append("")
    t.append("")
    t.append("def _table() -> Any:")
    t.append(f"    from .{INDEX_MODULE} import MODULE_OF")
    t.append("")
    t.append("    return MODULE_OF")
    t.append("")
    t.append("")
    t.append("__getattr__, __dir__ = lazy_attributes(globals(), _table, submodules=True)")
    return "\n".join(t) + "\n"
