"""Build ``genauth_async/_spec/genauth-v3.json`` from the official SDK packages.

Usage::

    python -m tools.spec.extract [--out PATH] [--cache DIR]

The two published packages are fetched with their ordinary clients (``pip download`` and
``npm pack``) into a temporary directory, or reused from ``--cache DIR`` when they are already
there (a missing archive is then downloaded into DIR). The Python package is read with ``ast``
only, never imported; the TypeScript with the small reader in :mod:`tools.spec.ts`.
The output is deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import keyword
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from tools.spec import pyast, ts
from tools.spec.areas import area_for
from tools.spec.secrets import SECRET_FIELDS

PY_PACKAGE, PY_VERSION = "genauth", "5.1.0"
NODE_PACKAGE, NODE_VERSION = "authing-node-sdk", "4.0.1"
WHEEL = f"{PY_PACKAGE}-{PY_VERSION}-py3-none-any.whl"
TARBALL = f"{NODE_PACKAGE}-{NODE_VERSION}.tgz"
DEFAULT_OUT = Path(__file__).resolve().parents[2] / "genauth_async" / "_spec" / "genauth-v3.json"

CLIENTS = (("management", "ManagementClient"), ("authentication", "AuthenticationClient"))

# Official names that are misspelled, with the correctly spelled alias we add.
ALIASES: dict[tuple[str, str], str] = {
    ("management", "remote_field"): "remove_field",
    ("management", "export_meatdata"): "export_metadata",
    ("management", "userpoll_tenant_config"): "userpool_tenant_config",
    ("management", "list_invite_tennat_user_records"): "list_invite_tenant_user_records",
    ("management", "change_userpool_tenan_ext_idp_conn_state"): "change_userpool_tenant_ext_idp_conn_state",
    ("authentication", "gene_catcha_code_and_token"): "gene_captcha_code_and_token",
    ("authentication", "web_authn_login_initalize"): "web_authn_login_initialize",
    ("authentication", "web_authn_mfa_verify_initalize"): "web_authn_mfa_verify_initialize",
    ("authentication", "web_authn_register_initalize"): "web_authn_register_initialize",
    ("management", "set_public_account_ofn_post"): "set_public_account_of_post",
    ("management", "list_data_polices"): "list_data_policies",
    ("management", "list_simple_data_polices"): "list_simple_data_policies",
    ("management", "setuser_of_public_account"): "set_user_of_public_account",
}

# Endpoints whose client authentication may be HTTP Basic (client_secret_basic); facts §3/§9.
BASIC_AUTH_PATHS = {"/api/v3/signin", "/api/v3/signin-by-mobile", "/api/v3/exchange-tokenset-with-qrcode-ticket"}

_FLOAT_NAME = re.compile(r"(^|_)(lat|lon|lng|latitude|longitude|rate|ratio|percent|percentage)$")


# --------------------------------------------------------------------------- downloads


def _run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(dest: Path) -> tuple[Path, Path]:
    """Make sure both archives are in ``dest`` (downloading what is missing) and return their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    wheel, tarball = dest / WHEEL, dest / TARBALL
    if not wheel.exists():
        _run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
              f"{PY_PACKAGE}=={PY_VERSION}", "-d", str(dest)], dest)
    if not tarball.exists():
        _run(["npm", "pack", f"{NODE_PACKAGE}@{NODE_VERSION}", "--pack-destination", str(dest)], dest)
    return wheel, tarball


def read_sources(wheel: Path, tarball: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(python client sources, node client sources, node model sources) as text, by file name."""
    py: dict[str, str] = {}
    with zipfile.ZipFile(wheel) as zf:
        for cls in ("ManagementClient", "AuthenticationClient"):
            py[cls] = zf.read(f"genauth/{cls}.py").decode("utf-8")
    node: dict[str, str] = {}
    models: dict[str, str] = {}
    with tarfile.open(tarball) as tf:
        for member in tf.getmembers():
            name = member.name
            if not member.isfile() or not name.endswith(".ts") or name.endswith(".d.ts"):
                continue
            f = tf.extractfile(member)
            assert f is not None
            text = io.TextIOWrapper(f, encoding="utf-8").read()
            if re.fullmatch(r"package/src/models/\w+\.ts", name) and not name.endswith("/index.ts"):
                models[name.rsplit("/", 1)[1][:-3]] = text
            elif name in ("package/src/ManagementClient.ts", "package/src/AuthenticationClient.ts"):
                node[name.rsplit("/", 1)[1][:-3]] = text
    return py, node, models


# --------------------------------------------------------------------------- names and types


def snake(name: str) -> str:
    s = re.sub(r"[^0-9A-Za-z_]+", "_", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"_+", "_", s).lower()
    if not s.strip("_"):
        s = "field"
    if s[0].isdigit():
        s = "n_" + s
    if keyword.iskeyword(s) or s in ("self",):
        s += "_"
    return s


def pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", snake(name)) if p)


class TypeBuilder:
    """Converts parsed TS types to spec TYPE dicts, registering inline literal unions as enums."""

    def __init__(self, model_names: set[str], enums: dict[str, dict[str, Any]]) -> None:
        self.model_names = model_names
        self.enums = enums
        self.unresolved: Counter[str] = Counter()

    def number(self, field_name: str) -> dict[str, Any]:
        return {"kind": "float"} if _FLOAT_NAME.search(snake(field_name)) else {"kind": "int"}

    def build(self, t: tuple[Any, ...], owner: str, field_name: str, scope: str = "model") -> dict[str, Any]:
        kind = t[0]
        if kind == "id":
            name = t[1]
            if name == "string":
                return {"kind": "str"}
            if name == "number":
                return self.number(field_name)
            if name == "boolean":
                return {"kind": "bool"}
            if name in ("any", "unknown", "object", "null", "undefined", "void"):
                return {"kind": "any"}
            if "." in name:
                if name in self.enums:
                    return {"kind": "enum", "name": name}
                self.unresolved[name] += 1
                return {"kind": "any"}
            if name in self.model_names:
                return {"kind": "model", "name": name}
            self.unresolved[name] += 1
            return {"kind": "any"}
        if kind == "array":
            return {"kind": "list", "items": self.build(t[1], owner, field_name, scope)}
        if kind == "record":
            return {"kind": "map", "values": self.build(t[1], owner, field_name, scope)}
        if kind == "object":
            return {"kind": "map", "values": {"kind": "any"}}
        if kind == "promise":
            return self.build(t[1], owner, field_name, scope)
        if kind == "lit":
            return {"kind": "literal", "value": t[1]}
        if kind == "union":
            members = [m for m in t[1] if m not in (("id", "null"), ("id", "undefined"))]
            if len(members) == 1:
                return self.build(members[0], owner, field_name, scope)
            if members and all(m[0] == "lit" for m in members):
                key = f"{owner}.{field_name}"
                values = [m[1] for m in members]
                self.enums[key] = {
                    "class_name": pascal(owner) + pascal(field_name),
                    "values": values,
                    "members": [{"name": _member_name(v), "value": v} for v in values],
                    "scope": scope,
                }
                return {"kind": "enum", "name": key}
            return {"kind": "union", "of": [self.build(m, owner, field_name, scope) for m in members]}
        raise ValueError(f"unknown type node {t!r}")


def _member_name(value: Any) -> str:
    s = re.sub(r"[^0-9A-Za-z]+", "_", str(value)).strip("_").upper()
    if not s or s[0].isdigit():
        s = "V_" + s
    return s


def doc_type(doc: str | None) -> dict[str, Any]:
    return {
        "str": {"kind": "str"},
        "int": {"kind": "int"},
        "bool": {"kind": "bool"},
        "number": {"kind": "float"},
        "float": {"kind": "float"},
        "list": {"kind": "list", "items": {"kind": "any"}},
        "dict": {"kind": "map", "values": {"kind": "any"}},
    }.get(doc or "", {"kind": "any"})


# --------------------------------------------------------------------------- models


def build_models(model_src: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any], TypeBuilder]:
    parsed: list[ts.TsModel] = []
    enums: dict[str, dict[str, Any]] = {}
    for fname in sorted(model_src):
        ms, es = ts.parse_model_file(model_src[fname])
        parsed.extend(ms)
        for e in es:
            key = f"{e.owner}.{e.name}" if e.owner else e.name
            values = [v for _, v in e.members]
            enums[key] = {
                "class_name": pascal(e.owner or "") + pascal(e.name),
                "values": values,
                "members": [{"name": n, "value": v} for n, v in e.members],
                "scope": "model",
            }
    tb = TypeBuilder({m.name for m in parsed}, enums)
    models: dict[str, Any] = {}
    for m in parsed:
        fields = []
        used: set[str] = set()
        for f in m.fields:
            name = snake(f.wire)
            while name in used:
                name += "_"
            used.add(name)
            entry: dict[str, Any] = {
                "name": name,
                "wire": f.wire,
                "required": not f.optional,
                "type": tb.build(f.type, m.name, f.wire),
            }
            if f.type[0] == "union" and ("id", "null") in f.type[1]:
                entry["nullable"] = True
            fields.append(entry)
        models[m.name] = {"fields": fields}
    return models, enums, tb


_ENVELOPE_WIRES = frozenset({"statusCode", "message", "apiCode", "requestId"})


def _answer_key(models: dict[str, Any], response_model: str | None) -> dict[str, Any] | None:
    """The one payload field of an envelope model without ``data`` (``FunctionModelListDto.list``)."""
    if response_model is None:
        return None
    fields = models[response_model]["fields"]
    if not any(f["wire"] == "statusCode" for f in fields):
        return None
    extra = [f for f in fields if f["wire"] not in _ENVELOPE_WIRES]
    return extra[0] if len(extra) == 1 and extra[0]["wire"] != "data" else None


def data_type(models: dict[str, Any], response_model: str | None) -> dict[str, Any] | None:
    if response_model is None:
        return {"kind": "any"}
    for f in models[response_model]["fields"]:
        if f["wire"] == "data":
            return dict(f["type"])
    return None


# Page/limit endpoints that get no ``pagination`` (so no ``iter_*`` method), on purpose: their
# answer carries no ``totalCount``. Six of them (list_cust_fields, list_user_base_fields,
# list_namespace_roles, list_operate, list_sync_job_logs, and on the authentication client
# list_web_authn_credentials / list_web_authn_person_credentials) do not even declare a list of
# items (a single object or ``any``), so there is nothing typed to walk. The others
# (authentication ``list``, list_policy_user_attribution_detail, search_departments_list) answer a
# bare list: the only end-of-data signal would be a short or empty page, and a server that ignores
# ``page`` (or caps ``limit`` below the one asked for) would then make an iterator re-fetch the
# same full page forever, or stop early. Call them page by page instead.
# tests/test_spec.py pins this list.
PAGED_WITHOUT_TOTAL = (
    ("authentication", "list"),
    ("authentication", "list_web_authn_credentials"),
    ("authentication", "list_web_authn_person_credentials"),
    ("management", "list_cust_fields"),
    ("management", "list_namespace_roles"),
    ("management", "list_operate"),
    ("management", "list_policy_user_attribution_detail"),
    ("management", "list_sync_job_logs"),
    ("management", "list_user_base_fields"),
    ("management", "search_departments_list"),
)


def _has_page_and_limit(models: dict[str, Any], t: dict[str, Any]) -> bool:
    if t["kind"] != "model" or t["name"] not in models:
        return False
    return {"page", "limit"} <= {f["wire"] for f in models[t["name"]]["fields"]}


def pagination(ep: dict[str, Any], models: dict[str, Any]) -> dict[str, Any] | None:
    """How ``ep`` pages, or None. The answer's data must be a model with ``totalCount`` and an item
    list (``list``, else ``data``; typed as a list or as ``any``). The page number travels as

    * ``query``: ``page``/``limit`` query parameters;
    * ``body``: ``page``/``limit`` top-level JSON body fields;
    * ``options``: ``options.pagination.{page, limit}`` inside the JSON parameter ``options``;
    * ``object``: ``{page, limit}`` inside the top-level JSON parameter named by ``param``
      (``pagination`` in get_admin_audit_logs and get_user_action_logs).

    Endpoints with page/limit but no ``totalCount`` get None: see PAGED_WITHOUT_TOTAL.
    """
    dt = ep["data_type"]
    if not dt or dt["kind"] != "model":
        return None
    fields = {f["wire"]: f for f in models[dt["name"]]["fields"]}
    if "totalCount" not in fields:
        return None
    items = next((w for w in ("list", "data") if w in fields and fields[w]["type"]["kind"] in ("list", "any")),
                 None)
    if items is None:
        return None
    by_wire = {p["wire"]: p for p in ep["params"]}
    style = None
    extra: dict[str, Any] = {}
    if {"page", "limit"} <= by_wire.keys():
        loc = {by_wire["page"]["location"], by_wire["limit"]["location"]}
        style = "query" if loc == {"query"} else "body" if loc == {"json"} else None
    elif "options" in by_wire and by_wire["options"]["type"]["kind"] == "model":
        opt = {f["wire"]: f for f in models[by_wire["options"]["type"]["name"]]["fields"]}
        pag = opt.get("pagination")
        if pag and _has_page_and_limit(models, pag["type"]):
            style = "options"
    elif "pagination" in by_wire and by_wire["pagination"]["location"] == "json" \
            and _has_page_and_limit(models, by_wire["pagination"]["type"]):
        style = "object"
        extra["param"] = "pagination"
    if style is None:
        return None
    return {"style": style, "items": items, "total": "totalCount", **extra}


# --------------------------------------------------------------------------- endpoints


def _node_index(methods: list[ts.TsMethod]) -> dict[tuple[str, str], list[ts.TsMethod]]:
    index: dict[tuple[str, str], list[ts.TsMethod]] = {}
    for m in methods:
        if m.simple and m.visibility == "public":
            assert m.http_method is not None and m.url is not None
            index.setdefault((m.http_method, m.url), []).append(m)
    return index


def _node_types(node: ts.TsMethod | None, models: dict[str, Any], tb: TypeBuilder,
                owner: str) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """(request model, {wire: {"type", "wire_required"}}) of a Node method."""
    if node is None:
        return None, {}
    out: dict[str, dict[str, Any]] = {}
    request_model = None
    for p in node.params:
        if p.kind in ("body", "form") and p.type[0] == "id" and p.type[1] in models:
            request_model = p.type[1]
            for f in models[request_model]["fields"]:
                out[f["wire"]] = {"type": f["type"], "wire_required": f["required"]}
        elif p.kind in ("inline", "positional"):
            wire = next((k for k, v in node.query.items() if v == p.name), p.name)
            out[wire] = {"type": tb.build(p.type, owner, p.name, scope="params"),
                         "wire_required": not p.optional}
    return request_model, out


def _node_extras(node: ts.TsMethod | None, models: dict[str, Any], tb: TypeBuilder, owner: str,
                 params: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The fields the Node method sends that the official Python method has no parameter for.

    They become keyword-only parameters after the official ones (the official positional order is
    untouched), optional whatever Node says (``wire_required`` false too), since the official SDK
    never sent them: a Python caller moving over must not find a new required argument, nor the
    emulator refuse the official call. Where Node sends them: a request model's fields in the JSON
    (or form) body, a destructured parameter in the query when Node maps it there, else in the
    inline JSON body. A positional Node parameter that is not in the query is not sent by Node at
    all (its path placeholder stays literal), so it adds nothing.
    Returns (parameters, notes on names that differ from the plain snake_case of the wire name).
    """
    if node is None:
        return [], []
    wires = {p["wire"] for p in params}
    names = {p["name"] for p in params}
    extras: list[dict[str, Any]] = []
    notes: list[str] = []

    def add(wire: str, location: str, wire_required: bool, type_: dict[str, Any]) -> None:
        if wire in wires:
            return
        name = snake(wire)
        if name.endswith("_") and keyword.iskeyword(name[:-1]):
            notes.append(f"Node field {wire!r} is the parameter {name!r} ({name.rstrip('_')!r} is a Python keyword)")
        if name in names:
            clash = name
            name = "node_" + name
            while name in names:
                name += "_"
            notes.append(f"Node field {wire!r} would be {clash!r}, which the official signature uses for "
                         f"another wire name; it is the keyword-only parameter {name!r}")
        if wire_required:
            # the emulator checks wire_required: it must keep accepting the official SDK's calls
            notes.append(f"Node declares {wire!r} required, but the official Python SDK never sends it; "
                         f"{name!r} is optional and the request is valid without it")
        wires.add(wire)
        names.add(name)
        extras.append({"name": name, "wire": wire, "location": location, "required": False,
                       "wire_required": False, "type": type_, "keyword_only": True})

    for p in node.params:
        if p.kind in ("body", "form") and p.type[0] == "id" and p.type[1] in models:
            for f in models[p.type[1]]["fields"]:
                add(f["wire"], "json" if p.kind == "body" else "form", f["required"], f["type"])
        elif p.kind in ("inline", "positional"):
            wire = next((k for k, v in node.query.items() if v == p.name), None)
            if wire is not None:
                location = "query"
            elif p.kind == "inline" and node.data == "inline":
                wire, location = p.name, "json"
            else:
                continue
            add(wire, location, not p.optional, tb.build(p.type, owner, p.name, scope="params"))
    return extras, notes


def _response_model(node: ts.TsMethod | None, models: dict[str, Any]) -> str | None:
    if node is None or node.returns is None:
        return None
    t = node.returns[1] if node.returns[0] == "promise" else node.returns
    return t[1] if t[0] == "id" and t[1] in models else None


def _merge_type(node_type: dict[str, Any] | None, doc: str | None) -> dict[str, Any]:
    if node_type is None:
        return doc_type(doc)
    if node_type["kind"] in ("int", "float") and doc in ("int", "number"):
        return {"kind": "int"} if doc == "int" else {"kind": "float"}
    return node_type


def python_endpoints(client: str, methods: list[pyast.PyMethod], node_index: dict[tuple[str, str], list[ts.TsMethod]],
                     models: dict[str, Any], tb: TypeBuilder) -> tuple[list[dict[str, Any]], set[tuple[str, str]]]:
    endpoints: list[dict[str, Any]] = []
    used_keys: set[tuple[str, str]] = set()
    for m in methods:
        calls = [c for c in m.calls if c.http == "http_client"]
        if m.name.startswith("_") or not calls or m.shadowed:
            continue
        (call,) = calls
        key = (call.method, call.url)
        candidates = node_index.get(key, [])
        node = next((n for n in candidates if snake(n.name) == m.name), candidates[0] if candidates else None)
        if node is not None:
            used_keys.add(key)
        owner = pascal(m.name) + "Params"
        request_model, node_fields = _node_types(node, models, tb, owner)
        by_arg = {f.arg: f for f in call.fields if f.arg}
        params = []
        for a in m.args:
            f = by_arg.get(a.name)
            wire = f.wire if f else a.name
            nf = node_fields.get(wire)
            p: dict[str, Any] = {
                "name": a.name,
                "wire": wire,
                "location": call.location if f else "unsent",
                "required": a.required,
                "wire_required": nf["wire_required"] if nf else a.required,
                "type": _merge_type(nf["type"] if nf else None, a.doc_type),
            }
            if f and f.encode:
                p["encode"] = f.encode
                p["type"] = doc_type(a.doc_type) if a.doc_type != "json" else {"kind": "any"}
            params.append(p)
        extras, notes = _node_extras(node, models, tb, owner, params)
        params += extras
        response_model = _response_model(node, models)
        ep: dict[str, Any] = {
            "client": client,
            "name": m.name,
            "origin": "python",
            "node_name": node.name if node else None,
            "aliases": [],
            "method": call.method,
            "path": call.url,
            "body": "json" if call.location == "json" else "none",
            "params": params,
            "request_model": request_model,
            "response_model": response_model,
            "corrections": [],
            "envelope": True,
            "basic_auth": call.url in BASIC_AUTH_PATHS,
            "notes": notes,
        }
        fixed = {f.wire: f.fixed for f in call.fields if f.arg is None and f.fixed is not None}
        if fixed:
            ep["fixed"] = fixed
        endpoints.append(ep)
    return endpoints, used_keys


def node_endpoints(client: str, node_methods: list[ts.TsMethod], used_keys: set[tuple[str, str]],
                   taken: set[str], models: dict[str, Any], tb: TypeBuilder) -> list[dict[str, Any]]:
    endpoints = []
    for n in node_methods:
        if not n.simple or n.visibility != "public":
            continue
        assert n.http_method is not None and n.url is not None
        if (n.http_method, n.url) in used_keys:
            continue
        name = snake(n.name)
        notes = []
        if name in taken:
            new = name + "_v2"
            while new in taken:
                new += "_"
            notes.append(f"snake_case name {name!r} is an official Python name for another endpoint; renamed")
            name = new
        taken.add(name)
        owner = pascal(name) + "Params"
        params = []
        request_model = None
        for p in n.params:
            if p.kind in ("body", "form") and p.type[0] == "id" and p.type[1] in models:
                request_model = p.type[1]
                for f in models[request_model]["fields"]:
                    params.append({"name": f["name"], "wire": f["wire"],
                                   "location": "json" if p.kind == "body" else "form",
                                   "required": f["required"], "wire_required": f["required"], "type": f["type"]})
            else:
                wire = next((k for k, v in n.query.items() if v == p.name), p.name)
                if "{" + p.name + "}" in n.url or "{" + wire + "}" in n.url:
                    loc = "path"
                elif wire in n.query:
                    loc = "query"
                else:
                    loc = "json"
                params.append({"name": snake(p.name.lstrip("_")), "wire": wire, "location": loc,
                               "required": not p.optional, "wire_required": not p.optional,
                               "type": tb.build(p.type, owner, p.name, scope="params")})
        body = "json" if n.data in ("requestBody", "inline") else "none"
        endpoints.append({
            "client": client,
            "name": name,
            "origin": "node",
            "node_name": n.name,
            "aliases": [],
            "method": n.http_method,
            "path": n.url,
            "body": body,
            "params": params,
            "request_model": request_model,
            "response_model": _response_model(n, models),
            "corrections": [],
            "envelope": True,
            "basic_auth": n.url in BASIC_AUTH_PATHS,
            "notes": notes,
        })
    return endpoints


def _path_param_note(ep: dict[str, Any], placeholder: str, name: str, wire: str) -> None:
    existing = next((p for p in ep["params"] if p["name"] == name), None)
    if existing is None:
        # before the keyword-only Node fields, if any: it is positional, last of the official ones
        at = next((i for i, p in enumerate(ep["params"]) if p.get("keyword_only")), len(ep["params"]))
        ep["params"].insert(at, {"name": name, "wire": wire, "location": "path", "required": True,
                                 "wire_required": True, "type": {"kind": "str"}})
        ep["corrections"].append(
            f"the official path holds a literal {placeholder} and no argument fills it; "
            f"added the path parameter {name!r} (last in the signature)")
    else:
        was = existing["location"]
        existing.update(location="path", wire=wire, type={"kind": "str"}, wire_required=True)
        ep["corrections"].append(
            f"the official call sends a literal {placeholder} in the path and ignores {name!r} ({was}); "
            f"{name!r} fills the path parameter")
    ep["path"] = ep["path"].replace(placeholder, "{" + wire + "}")


# Parameters the official Python SDK takes without a default although the API (and Node) treat them as
# optional: they keep their position and get the default None.
OPTIONAL_IN_API = {
    ("management", "get_row"): "show_field_id",
    ("management", "get_row_by_value"): "show_field_id",
    ("management", "delete_tenant_admin"): "tenant_id",
}


def _optional_in_api(ep: dict[str, Any]) -> None:
    name = OPTIONAL_IN_API.get((ep["client"], ep["name"]))
    if name is None:
        return
    param = next(p for p in ep["params"] if p["name"] == name)
    if param["wire_required"]:
        raise ValueError(f"{ep['name']}.{name} is now required on the wire; review OPTIONAL_IN_API")
    param["required"] = False
    ep["corrections"].append(
        f"the official Python signature requires {name!r} but the API and Node treat {param['wire']!r} as "
        f"optional; it keeps its position with the default None and is not sent when omitted")


# Node names whose snake_case form is taken by an official Python method for *another* endpoint:
# the Python name wins (drop-in), so the Node name cannot be an alias. Checked, so a new one is seen.
NODE_NAME_COLLISIONS = {
    ("authentication", "getQrCodeStatus"): "get_qr_code_status",
}


def _node_name_aliases(endpoints: list[dict[str, Any]]) -> None:
    """Every endpoint whose Node method name, in snake_case, differs from ours gets that name as
    an alias, so code ported from the Node SDK finds each method under its Node name."""
    names = {(e["client"], n): (e["method"], e["path"]) for e in endpoints for n in [e["name"], *e["aliases"]]}
    collisions = {}
    for ep in endpoints:
        node = ep.get("node_name")
        if not node:
            continue
        alias = snake(node)
        if alias == ep["name"] or alias in ep["aliases"]:
            continue
        taken = names.get((ep["client"], alias))
        if taken == (ep["method"], ep["path"]):
            continue  # an official Python method of the same endpoint already has the Node name
        if taken is not None:
            collisions[(ep["client"], node)] = alias
            continue
        ep["aliases"].append(alias)
        names[(ep["client"], alias)] = (ep["method"], ep["path"])
    if collisions != NODE_NAME_COLLISIONS:
        raise ValueError(f"Node names taken by other endpoints changed: {collisions}; review NODE_NAME_COLLISIONS")


def apply_corrections(endpoints: list[dict[str, Any]]) -> None:
    for ep in endpoints:
        _optional_in_api(ep)
        key = (ep["client"], ep["name"])
        if key == ("management", "get_row_batch") and ep["path"] == "/get-row-batch":
            ep["path"] = "/api/v3/metadata/get-row-batch"
            ep["corrections"].append(
                "official Python and Node both post to /get-row-batch (no /api/v3 prefix); "
                "the sibling row endpoints live under /api/v3/metadata/, so the path is /api/v3/metadata/get-row-batch")
        elif ep["origin"] == "python" and "{id}" in ep["path"]:
            _path_param_note(ep, "{id}", "id", "id")
        elif key == ("authentication", "remove_credential"):
            _path_param_note(ep, "{credentialID}", "credential_id", "credentialID")
        elif key == ("authentication", "verify_mfa_token"):
            for p in ep["params"]:
                if p["name"] == "token":
                    p["location"] = "form"
            ep["body"] = "form"
            ep["envelope"] = False
            ep["corrections"].append(
                "the official call ignores 'token' and sends no body; Node declares the argument as "
                "formData (MfaTokenIntrospectEndpointParams), so 'token' is sent form-encoded; the answer "
                "is the raw introspection object, not the {statusCode, data} envelope")
        elif ep["origin"] == "node":
            for ph in re.findall(r"\{(\w+)\}", ep["path"]):
                if any(p["location"] == "path" and p["wire"] == ph for p in ep["params"]):
                    ep["corrections"].append(
                        f"Node sends a literal {{{ph}}} in the path; {ph!r} fills the path parameter")


def _borrow_response_models(endpoints: list[dict[str, Any]]) -> None:
    """An official Python endpoint with no Node counterpart on its own client (``put_event`` of the
    authentication client, ``POST /api/v3/pub-userEvent``) answers like the same METHOD + path on
    the other client, whose Node method declares the answer: take that response model."""
    by_route: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for ep in endpoints:
        by_route.setdefault((ep["method"], ep["path"]), []).append(ep)
    for ep in endpoints:
        if ep["node_name"] is not None or ep["response_model"] is not None:
            continue
        twins = sorted({o["response_model"] for o in by_route[(ep["method"], ep["path"])]
                        if o is not ep and o["client"] != ep["client"] and o["response_model"]})
        if len(twins) == 1:
            ep["response_model"] = twins[0]
            ep["notes"] = [*ep.get("notes", []),
                           f"no Node method on this client; the answer is typed like the same route on the other "
                           f"client ({twins[0]})"]


# --------------------------------------------------------------------------- protocol endpoints


def protocol_endpoints(methods: list[pyast.PyMethod]) -> list[dict[str, Any]]:
    out = []
    for m in methods:
        for call in m.calls:
            if call.http != "protocol_http_client":
                continue
            args = {a.name: a for a in m.args}
            params = []
            for f in call.fields:
                if f.arg:
                    a = args[f.arg]
                    params.append({"name": f.arg, "wire": f.wire, "location": call.location or "form",
                                   "required": a.required, "wire_required": a.required, "type": doc_type(a.doc_type)})
            for wire, arg in call.url_query:
                a = args[arg]
                params.append({"name": arg, "wire": wire, "location": "query", "required": a.required,
                               "wire_required": a.required, "type": doc_type(a.doc_type)})
            for ph in re.findall(r"\{(\w+)\}", call.url):
                if ph in args:
                    params.append({"name": ph, "wire": ph, "location": "path", "required": True,
                                   "wire_required": True, "type": {"kind": "str"}})
            ep: dict[str, Any] = {
                "client": "authentication",
                "name": m.name,
                "private": m.name.startswith("_"),
                "origin": "python",
                "node_name": None,
                "aliases": [],
                "area": "protocol",
                "method": call.method,
                "path": call.url,
                "body": "form" if call.location == "form" else "none",
                "params": params,
                "request_model": None,
                "response_model": None,
                "data_type": None,
                "pagination": None,
                "corrections": [],
                "envelope": False,
                "basic_auth": call.basic_auth,
                "fixed": {f.wire: f.fixed for f in call.fields if f.fixed is not None},
                "client_fields": {f.wire: f.client_attr for f in call.fields if f.client_attr},
                "bearer_param": call.bearer_arg,
                "raw_text": call.raw_content,
            }
            if call.alt_url:
                ep["path_variants"] = {"oauth": call.alt_url}
            out.append(ep)
    return sorted(out, key=lambda e: (e["name"], e["method"], e["path"]))


# --------------------------------------------------------------------------- assembly


def build_spec(py_src: dict[str, str], node_src: dict[str, str], model_src: dict[str, str]) -> dict[str, Any]:
    models, enums, tb = build_models(model_src)
    endpoints: list[dict[str, Any]] = []
    shadowed: list[dict[str, Any]] = []
    protocol: list[dict[str, Any]] = []
    for client, cls in CLIENTS:
        py_methods = pyast.read_class(py_src[cls], cls)
        node_methods = ts.parse_client_class(node_src[cls], cls)
        index = _node_index(node_methods)
        eps, used = python_endpoints(client, py_methods, index, models, tb)
        taken = {e["name"] for e in eps}
        eps += node_endpoints(client, node_methods, used, taken, models, tb)
        endpoints += eps
        for m in py_methods:
            if m.shadowed:
                call = next(c for c in m.calls if c.http == "http_client")
                reachable = sorted(e["name"] for e in eps if e["origin"] == "python"
                                   and (e["method"], e["path"]) == (call.method, call.url))
                shadowed.append({"client": client, "name": m.name, "line": m.lineno, "method": call.method,
                                 "path": call.url, "reachable_as": reachable})
        if client == "authentication":
            protocol = protocol_endpoints(py_methods)
    apply_corrections(endpoints)
    _borrow_response_models(endpoints)
    for ep in endpoints:
        ep["area"] = area_for(ep["client"], ep["path"], ep["name"])
        alias = ALIASES.get((ep["client"], ep["name"]))
        if alias:
            ep["aliases"] = [alias]
    _node_name_aliases(endpoints)
    for ep in endpoints:
        ep["data_type"] = data_type(models, ep["response_model"])
        ep.setdefault("notes", [])
        rm = ep["response_model"]
        if rm is not None and not any(f["wire"] in ("statusCode", "data") for f in models[rm]["fields"]):
            if ep["path"].startswith("/api/"):
                # Node declares the payload model itself as the return type; V3 answers are enveloped
                ep["data_type"] = {"kind": "model", "name": rm}
                ep.setdefault("notes", []).append(
                    "Node declares the payload model as the return type; taken as the envelope's data")
            else:
                # a protocol-style answer (e.g. /mfa/token/introspection): the model is the whole body
                ep["envelope"] = False
                ep["data_type"] = {"kind": "model", "name": rm}
        key = _answer_key(models, rm) if ep["data_type"] is None and ep.get("envelope", True) else None
        if key is not None:
            # The answer's payload sits beside statusCode under another name (list-model's "list").
            ep["data_key"], ep["data_type"] = key["wire"], dict(key["type"])
            ep["notes"].append(f"the answer carries its payload in '{key['wire']}', not 'data'")
        ep["pagination"] = pagination(ep, models)
    unpaged = sorted((e["client"], e["name"]) for e in endpoints if not e["pagination"]
                     and {"page", "limit"} <= {p["wire"] for p in e["params"]})
    if unpaged != sorted(PAGED_WITHOUT_TOTAL):
        raise ValueError(f"page/limit endpoints without pagination changed: {unpaged}; review PAGED_WITHOUT_TOTAL")
    endpoints.sort(key=lambda e: (e["client"], e["name"]))
    shadowed.sort(key=lambda s: (s["client"], s["line"]))

    counts: dict[str, Any] = {"endpoints": {}, "models": len(models), "enums": len(enums),
                              "protocol_endpoints": len(protocol),
                              "aliases": sum(len(e["aliases"]) for e in endpoints),
                              "corrections": sum(len(e["corrections"]) for e in endpoints)}
    for client, _ in CLIENTS:
        c = Counter(e["origin"] for e in endpoints if e["client"] == client)
        counts["endpoints"][client] = {"python": c["python"], "node": c["node"], "total": c["python"] + c["node"]}
    counts["areas"] = dict(sorted(Counter(f"{e['client']}.{e['area']}" for e in endpoints).items()))
    counts["pagination"] = dict(sorted(Counter(e["pagination"]["style"] for e in endpoints if e["pagination"]).items()))
    if tb.unresolved:
        raise ValueError(f"unresolved type names: {sorted(tb.unresolved)}")
    return {
        "format": 1,
        "sources": {"python": f"{PY_PACKAGE}=={PY_VERSION}", "node": f"{NODE_PACKAGE}@{NODE_VERSION}"},
        "endpoints": endpoints,
        "protocol_endpoints": protocol,
        "shadowed_definitions": shadowed,
        "models": models,
        "enums": enums,
        "counts": counts,
        # Which model fields hold a secret (masked in repr): the rule, as data (tools/spec/secrets.py).
        "secret_fields": SECRET_FIELDS,
    }


def render(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None,
                    help="directory holding (or receiving) the downloaded archives")
    args = ap.parse_args(argv)
    if args.cache is not None:
        wheel, tarball = fetch(args.cache)
        sources = read_sources(wheel, tarball)
    else:
        with tempfile.TemporaryDirectory(prefix="genauth-spec-") as tmp:
            wheel, tarball = fetch(Path(tmp))
            sources = read_sources(wheel, tarball)
    spec = build_spec(*sources)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(spec), encoding="utf-8")
    c = spec["counts"]
    print(f"wrote {args.out}: {json.dumps(c['endpoints'])}, {c['protocol_endpoints']} protocol endpoints, "
          f"{c['models']} models, {c['enums']} enums")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
