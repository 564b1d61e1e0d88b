"""Read the official Python clients (``genauth`` 5.1.0) with :mod:`ast` only; nothing is imported."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

_DOC_ATTR = re.compile(r"^\s+([A-Za-z_]\w*)\s*\((\w+)\)\s*:?", re.M)


@dataclass
class PyField:
    """One key of the json=/params=/data= dict of a request call."""

    wire: str
    arg: str | None  # the method argument it carries, if any
    encode: str | None = None  # "json_string" when the value is json.dumps(arg)
    fixed: Any = None  # a literal value sent as-is
    client_attr: str | None = None  # a client attribute sent as the value (self.app_id ...)
    unbound: str | None = None  # a name that is not an argument (a defect of the official code)


@dataclass
class PyCall:
    http: str  # "http_client" or "protocol_http_client"
    method: str
    url: str
    url_query: list[tuple[str, str]] = field(default_factory=list)  # ?a=%s in the url string
    location: str | None = None  # query | json | form
    fields: list[PyField] = field(default_factory=list)
    basic_auth: bool = False
    bearer_arg: str | None = None
    raw_content: bool = False
    alt_url: str | None = None  # the url when the client's protocol is not oidc (/oauth/...)


@dataclass
class PyArg:
    name: str
    required: bool
    doc_type: str | None


@dataclass
class PyMethod:
    name: str
    lineno: int
    args: list[PyArg]
    calls: list[PyCall]
    shadowed: bool = False  # a later definition with the same name replaces this one


def _url(node: ast.expr, fn: ast.FunctionDef, alt: bool = False) -> str:
    """Render the url argument; names and %-formats are resolved to representative text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        for stmt in ast.walk(fn):
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in stmt.targets
            ):
                return _url(stmt.value, fn, alt)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
        values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        rendered: list[str] = []
        for v in values:
            if isinstance(v, ast.IfExp) and isinstance(v.body, ast.Constant) and isinstance(v.orelse, ast.Constant):
                rendered.append(str((v.orelse if alt else v.body).value))  # ('oidc' if protocol == 'oidc' else 'oauth') -> oidc
            elif isinstance(v, ast.Attribute):
                rendered.append("{" + v.attr + "}")
            elif isinstance(v, ast.Name):
                rendered.append("{" + v.id + "}")
            else:
                raise ValueError(f"{fn.name}: unsupported url part {ast.dump(v)}")
        return str(node.left.value) % tuple(rendered)
    raise ValueError(f"{fn.name}: unsupported url {ast.dump(node)}")


def _fields(node: ast.expr, fn: ast.FunctionDef, argnames: set[str]) -> list[PyField]:
    if not isinstance(node, ast.Dict):
        raise ValueError(f"{fn.name}: request payload is not a dict literal")
    out: list[PyField] = []
    for k, v in zip(node.keys, node.values, strict=True):
        if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
            raise ValueError(f"{fn.name}: non-literal key")
        wire = k.value
        if isinstance(v, ast.Name) and v.id in argnames:
            out.append(PyField(wire, v.id))
        elif (
            isinstance(v, ast.Call)
            and isinstance(v.func, ast.Attribute)
            and v.func.attr == "dumps"
            and len(v.args) == 1
            and isinstance(v.args[0], ast.Name)
        ):
            out.append(PyField(wire, v.args[0].id, encode="json_string"))
        elif isinstance(v, ast.Name):
            out.append(PyField(wire, None, unbound=v.id))
        elif isinstance(v, ast.Constant):
            out.append(PyField(wire, None, fixed=v.value))
        elif isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name) and v.value.id == "self":
            out.append(PyField(wire, None, client_attr=v.attr))
        else:
            raise ValueError(f"{fn.name}: unsupported value for {wire!r}: {ast.dump(v)}")
    return out


def _calls(fn: ast.FunctionDef) -> list[PyCall]:
    argnames = {a.arg for a in fn.args.args}
    calls: list[PyCall] = []
    for node in ast.walk(fn):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "request"):
            continue
        owner = node.func.value
        if not (
            isinstance(owner, ast.Attribute)
            and owner.attr in ("http_client", "protocol_http_client")
            and isinstance(owner.value, ast.Name)
            and owner.value.id == "self"
        ):
            continue
        kw = {k.arg: k.value for k in node.keywords if k.arg}
        method_node = kw["method"]
        assert isinstance(method_node, ast.Constant)
        url = _url(kw["url"], fn)
        call = PyCall(owner.attr, str(method_node.value).upper(), url)
        alt = _url(kw["url"], fn, alt=True)
        if alt != url:
            call.alt_url = alt
        if "?" in url:
            path, _, query = url.partition("?")
            call.url = path
            for pair in query.split("&"):
                key, _, value = pair.partition("=")
                call.url_query.append((key, value.strip("{}")))
        for key, loc in (("json", "json"), ("params", "query"), ("data", "form")):
            if key in kw:
                if call.location is not None:
                    raise ValueError(f"{fn.name}: more than one payload")
                call.location = loc
                call.fields = _fields(kw[key], fn, argnames)
        call.basic_auth = "basic_token" in kw
        bearer = kw.get("bearer_token")
        call.bearer_arg = bearer.id if isinstance(bearer, ast.Name) else None
        raw = kw.get("raw_content")
        call.raw_content = isinstance(raw, ast.Constant) and bool(raw.value)
        calls.append(call)
    return calls


def _doc_types(fn: ast.FunctionDef) -> dict[str, str]:
    doc = ast.get_docstring(fn) or ""
    return {m.group(1): m.group(2) for m in _DOC_ATTR.finditer(doc)}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def read_class(src: str, class_name: str) -> list[PyMethod]:
    """Every method of ``class_name`` in source order (shadowed re-definitions flagged)."""
    tree = ast.parse(src)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    methods: list[PyMethod] = []
    for fn in cls.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = fn.args.args[1:]
        n_required = len(params) - len(fn.args.defaults)
        docs = _doc_types(fn)
        args = [
            PyArg(a.arg, i < n_required, docs.get(a.arg) or docs.get(_camel(a.arg)))
            for i, a in enumerate(params)
        ]
        methods.append(PyMethod(fn.name, fn.lineno, args, _calls(fn)))
    last: dict[str, int] = {}
    for i, m in enumerate(methods):
        if m.name in last:
            methods[last[m.name]].shadowed = True
        last[m.name] = i
    return methods
