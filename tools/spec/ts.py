"""A small, tokenizer-level reader for the TypeScript of ``authing-node-sdk``.

It understands exactly what the generated Node SDK uses: ``export type X = {...}`` object types,
``export namespace X { export enum y {...} }``, top-level ``export enum``, and the class methods of
``ManagementClient.ts`` / ``AuthenticationClient.ts``. It is not a TypeScript parser in general.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# --------------------------------------------------------------------------- lexical helpers

def strip_comments(src: str) -> str:
    """Remove // and /* */ comments, leaving string and template literals intact."""
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in "'\"`":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(src[i : j + 1])
            i = j + 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c == "/" and "".join(out).rstrip()[-1:] in tuple("(,=:[!&|?{};"):
            # a regular-expression literal such as /\//g: copy it verbatim
            j, in_class = i + 1, False
            while j < n and (src[j] != "/" or in_class):
                if src[j] == "\\":
                    j += 1
                elif src[j] == "[":
                    in_class = True
                elif src[j] == "]":
                    in_class = False
                j += 1
            out.append('"regex"')
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def match_close(src: str, start: int, angles: bool = False) -> int:
    """Index of the bracket closing the one at ``start`` (strings skipped; ``=>`` is not a bracket)."""
    opens = "([{<" if angles else "([{"
    closes = ")]}>" if angles else ")]}"
    depth = 0
    i, n = start, len(src)
    while i < n:
        c = src[i]
        if c in "'\"`":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        if c == ">" and i > 0 and src[i - 1] == "=":
            i += 1
            continue
        if c in opens:
            depth += 1
        elif c in closes:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced bracket at {start}")


def split_top(src: str, seps: str) -> list[str]:
    """Split at separators that are not nested in brackets (including <>) or strings."""
    parts: list[str] = []
    depth = 0
    cur: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in "'\"`":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            cur.append(src[i : j + 1])
            i = j + 1
            continue
        if c == ">" and i > 0 and src[i - 1] == "=":
            cur.append(c)
        elif c in "([{<":
            depth += 1
            cur.append(c)
        elif c in ")]}>":
            depth -= 1
            cur.append(c)
        elif c in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def unquote(s: str) -> str:
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"`":
        return s[1:-1]
    return s


# --------------------------------------------------------------------------- type expressions
# A parsed TS type is a tuple: ("id", name) | ("lit", value) | ("array", t) | ("record", t)
# | ("union", [t, ...]) | ("object", [(name, optional, t), ...])

_TOKEN = re.compile(r"\s*(=>|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$.]*|\S)")


def _tokens(src: str) -> list[str]:
    toks: list[str] = []
    pos = 0
    src = src.strip()
    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if not m:
            break
        toks.append(m.group(1))
        pos = m.end()
    return toks


class _TypeParser:
    def __init__(self, src: str) -> None:
        self.toks = _tokens(src)
        self.i = 0

    def peek(self) -> str | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expect: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expect is not None and tok != expect):
            raise ValueError(f"expected {expect!r}, got {tok!r} in {' '.join(self.toks)}")
        self.i += 1
        return tok

    def union(self) -> tuple[Any, ...]:
        if self.peek() == "|":
            self.take()
        members = [self.postfix()]
        while self.peek() == "|":
            self.take()
            members.append(self.postfix())
        return members[0] if len(members) == 1 else ("union", members)

    def postfix(self) -> tuple[Any, ...]:
        t = self.primary()
        while self.peek() == "[" and self.i + 1 < len(self.toks) and self.toks[self.i + 1] == "]":
            self.take()
            self.take()
            t = ("array", t)
        return t

    def primary(self) -> tuple[Any, ...]:
        tok = self.take()
        if tok == "(":
            t = self.union()
            self.take(")")
            return t
        if tok == "{":
            fields: list[tuple[str, bool, tuple[Any, ...]]] = []
            index_value: tuple[Any, ...] | None = None
            while self.peek() != "}":
                if self.peek() == "[":  # an index signature: { [key: string]: T }
                    self.take("[")
                    self.take()
                    self.take(":")
                    self.union()
                    self.take("]")
                    self.take(":")
                    index_value = self.union()
                    while self.peek() in (";", ","):
                        self.take()
                    continue
                name = unquote(self.take())
                optional = False
                if self.peek() == "?":
                    self.take()
                    optional = True
                self.take(":")
                fields.append((name, optional, self.union()))
                while self.peek() in (";", ","):
                    self.take()
            self.take("}")
            if index_value is not None and not fields:
                return ("record", index_value)
            return ("object", fields)
        if tok[0] in "'\"":
            return ("lit", unquote(tok))
        if re.fullmatch(r"-?\d+(?:\.\d+)?", tok):
            return ("lit", float(tok) if "." in tok else int(tok))
        if tok in ("Array", "Promise", "Record", "Partial", "Readonly") and self.peek() == "<":
            self.take("<")
            args = [self.union()]
            while self.peek() == ",":
                self.take()
                args.append(self.union())
            self.take(">")
            if tok == "Array":
                return ("array", args[0])
            if tok == "Record":
                return ("record", args[-1])
            if tok == "Promise":
                return ("promise", args[0])
            return args[0]
        return ("id", tok)


def parse_type(src: str) -> tuple[Any, ...]:
    p = _TypeParser(src)
    t = p.union()
    if p.peek() is not None:
        raise ValueError(f"trailing tokens in type {src!r}")
    return t


# --------------------------------------------------------------------------- models


@dataclass
class TsField:
    wire: str
    optional: bool
    type: tuple[Any, ...]


@dataclass
class TsModel:
    name: str
    fields: list[TsField] = field(default_factory=list)


@dataclass
class TsEnum:
    owner: str | None  # namespace (model) name, or None for a top-level enum
    name: str
    members: list[tuple[str, str | int | float]] = field(default_factory=list)


_TYPE_DECL = re.compile(r"export\s+type\s+(\w+)\s*=\s*\{")
_NS_DECL = re.compile(r"export\s+namespace\s+(\w+)\s*\{")
_ENUM_DECL = re.compile(r"export\s+enum\s+(\w+)\s*\{")


def _enum_members(body: str) -> list[tuple[str, str | int | float]]:
    members: list[tuple[str, str | int | float]] = []
    for part in split_top(body, ","):
        name, _, value = part.partition("=")
        v = value.strip()
        parsed: str | int | float
        if v and v[0] in "'\"`":
            parsed = unquote(v)
        elif re.fullmatch(r"-?\d+", v):
            parsed = int(v)
        elif re.fullmatch(r"-?\d+\.\d+", v):
            parsed = float(v)
        else:
            raise ValueError(f"unsupported enum member {part!r}")
        members.append((unquote(name.strip()), parsed))
    return members


def parse_model_file(src: str) -> tuple[list[TsModel], list[TsEnum]]:
    src = strip_comments(src)
    models: list[TsModel] = []
    enums: list[TsEnum] = []
    for m in _TYPE_DECL.finditer(src):
        brace = m.end() - 1
        body = src[brace + 1 : match_close(src, brace)]
        model = TsModel(m.group(1))
        for decl in split_top(body, ";,"):
            fm = re.fullmatch(r"('[^']*'|\"[^\"]*\"|[\w$]+)\s*(\?)?\s*:\s*(.+)", decl, re.S)
            if not fm:
                raise ValueError(f"{model.name}: cannot read field {decl!r}")
            model.fields.append(TsField(unquote(fm.group(1)), bool(fm.group(2)), parse_type(fm.group(3))))
        models.append(model)
    spans: list[tuple[int, int]] = []
    for m in _NS_DECL.finditer(src):
        brace = m.end() - 1
        end = match_close(src, brace)
        spans.append((brace, end))
        body = src[brace + 1 : end]
        for em in _ENUM_DECL.finditer(body):
            eb = em.end() - 1
            enums.append(TsEnum(m.group(1), em.group(1), _enum_members(body[eb + 1 : match_close(body, eb)])))
    for em in _ENUM_DECL.finditer(src):
        if any(a < em.start() < b for a, b in spans):
            continue
        eb = em.end() - 1
        enums.append(TsEnum(None, em.group(1), _enum_members(src[eb + 1 : match_close(src, eb)])))
    return models, enums


# --------------------------------------------------------------------------- client classes


@dataclass
class TsParam:
    """One parameter of a Node method.

    ``kind`` is "body" (``requestBody: Dto``), "form" (``formData: Dto``), "inline" (a field of a
    destructured ``{a, b}: {...}`` object) or "positional" (``id: string``).
    """

    name: str
    kind: str
    optional: bool
    type: tuple[Any, ...]
    default: str | None = None


@dataclass
class TsMethod:
    name: str
    visibility: str
    params: list[TsParam]
    returns: tuple[Any, ...] | None
    simple: bool  # body is a single this.httpClient.request({method, url: "literal", ...})
    http_method: str | None = None
    url: str | None = None
    query: dict[str, str] = field(default_factory=dict)  # wire key -> value expression
    data: str | None = None  # "requestBody", "formData", "inline" or another expression


_MEMBER = re.compile(r"\s*((?:(?:public|private|protected|static|readonly|async)\s+)*)([\w$]+)\s*(<[^>(]*>)?\s*([(:;=?])")
_SIMPLE_BODY = re.compile(
    r"\s*(?:return\s+await|const\s+(\w+)\s*=\s*await)\s+this\.httpClient\.request\(\s*(\{.*\})\s*\)\s*;"
    r"\s*(?:return\s+(\w+)\s*;)?\s*",
    re.S,
)


def _parse_params(text: str) -> list[TsParam]:
    params: list[TsParam] = []
    for part in split_top(text, ","):
        if part.startswith("{"):
            close = match_close(part, 0)
            defaults: dict[str, str | None] = {}
            for d in split_top(part[1:close], ","):
                name, eq, default = d.partition("=")
                defaults[name.strip()] = default.strip() if eq else None
            rest = part[close + 1 :].strip()
            if not rest.startswith(":"):
                raise ValueError(f"untyped destructuring {part!r}")
            type_src = rest[1:].strip()
            if type_src.startswith("{"):
                type_src = type_src[: match_close(type_src, 0) + 1]
            t = parse_type(type_src)
            if t[0] != "object":
                raise ValueError(f"destructured param is not an object type: {part!r}")
            for fname, optional, ftype in t[1]:
                params.append(TsParam(fname, "inline", optional, ftype, defaults.get(fname)))
            continue
        m = re.fullmatch(r"([\w$]+)\s*(\?)?\s*(?::\s*(.+?))?\s*(?:=\s*(.+))?", part, re.S)
        if not m:
            raise ValueError(f"cannot read parameter {part!r}")
        name = m.group(1)
        kind = {"requestBody": "body", "formData": "form"}.get(name, "positional")
        t = parse_type(m.group(3)) if m.group(3) else ("id", "any")
        params.append(TsParam(name, kind, bool(m.group(2)) or m.group(4) is not None, t, m.group(4)))
    return params


def _request_object(obj: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for part in split_top(obj.strip()[1:-1], ","):
        key, colon, value = part.partition(":")
        entries[key.strip()] = value.strip() if colon else key.strip()
    return entries


def parse_client_class(src: str, class_name: str) -> list[TsMethod]:
    src = strip_comments(src)
    m = re.search(r"export\s+class\s+" + class_name + r"\b[^{]*\{", src)
    if not m:
        raise ValueError(f"class {class_name} not found")
    start = m.end() - 1
    end = match_close(src, start)
    i = start + 1
    methods: list[TsMethod] = []
    while i < end:
        mm = _MEMBER.match(src, i, end)
        if not mm:
            if src[i:end].strip() == "":
                break
            raise ValueError(f"cannot read class member at {src[i:i + 80]!r}")
        mods, name, _generic, tail = mm.groups()
        if tail != "(":
            # a property: skip to the end of its declaration
            j = mm.end()
            depth = 0
            while j < end:
                c = src[j]
                if c in "([{":
                    depth += 1
                elif c in ")]}":
                    depth -= 1
                elif c == ";" and depth == 0:
                    break
                j += 1
            i = j + 1
            continue
        paren = mm.end() - 1
        close = match_close(src, paren)
        params_text = src[paren + 1 : close]
        j = close + 1
        while src[j].isspace():
            j += 1
        returns: tuple[Any, ...] | None = None
        if src[j] == ":":
            k = j + 1
            depth = 0
            while True:
                c = src[k]
                if c == ">" and src[k - 1] == "=":
                    pass
                elif c in "(<[":
                    depth += 1
                elif c in ")>]":
                    depth -= 1
                elif c == "{" and depth == 0 and src[j + 1 : k].strip():
                    break
                elif c == "{":
                    k = match_close(src, k)
                k += 1
            returns = parse_type(src[j + 1 : k])
            j = k
        if src[j] != "{":
            raise ValueError(f"method {name}: body not found")
        body_end = match_close(src, j)
        body = src[j + 1 : body_end]
        visibility = "private" if "private" in mods or "protected" in mods else "public"
        method = TsMethod(name, visibility, _parse_params(params_text) if name != "constructor" else [],
                          returns, False)
        bm = _SIMPLE_BODY.fullmatch(body)
        if bm and (bm.group(1) is None or bm.group(1) == bm.group(3)):
            entries = _request_object(bm.group(2))
            url = entries.get("url", "")
            meth = entries.get("method", "")
            if url[:1] in "'\"" and meth[:1] in "'\"" and "${" not in url:
                method.simple = True
                method.http_method = unquote(meth).upper()
                method.url = unquote(url)
                if "params" in entries:
                    method.query = _request_object(entries["params"])
                if "data" in entries:
                    d = entries["data"]
                    method.data = "inline" if d.startswith("{") else d
        methods.append(method)
        i = body_end + 1
    return methods
