"""Capture what the official Node SDK (``authing-node-sdk`` 4.0.1) puts on the wire, once, as a fixture.

Why: the Node SDK types every field of every endpoint, so its requests are the reference for "every
field the API takes". ``tests/compat/test_node_replay.py`` replays the captured calls on our clients
and compares the requests; the test itself never runs node, it only reads the committed fixture.

Re-capture (needs ``node`` >= 18 and ``npm`` reaching the registry)::

    python -m tools.node_capture [--cache DIR] [--out tests/compat/fixtures/node_requests.json]

What it does:

1. ``npm install authing-node-sdk@4.0.1`` into ``--cache DIR`` (default: a temporary directory;
   reused when the package is already installed there). Nothing of it is committed.
2. Reads ``src/ManagementClient.ts``, ``src/AuthenticationClient.ts`` and ``src/models/*.ts`` with
   :mod:`tools.spec.ts` and, for every public *simple* method (one ``this.httpClient.request`` with a
   literal method and url — the hand-written helpers such as ``signInByEmailPassword`` are not
   simple), builds the arguments with every field filled, recursively, by :func:`sample`: a
   deterministic value of the declared type, derived from the field name so that two fields never
   share a value by accident.
3. Runs ``capture.js`` (beside this file): a local HTTP server on 127.0.0.1 answering every request
   with ``{"statusCode":200,"message":"","apiCode":0,"data":{}}``, and both Node clients pointed at
   it. The Node management client signs each request with AK/SK, so no token endpoint is needed.
   A few calls of the hand-written helpers whose Node options we take (``buildAuthorizeUrl``'s
   ``tenantId``/``forced``, ``getUserInfoByAccessToken``'s ``method``/``tokenPlace``, every
   combination) are recorded too, under ``helper_calls``, with the URL returned where nothing is sent.
4. Writes one record per call: Node method name, the arguments given, and each request that arrived
   (HTTP method, path as sent, query as a list of pairs, body parsed as JSON or form pairs, and the
   headers that carry meaning — the signature headers change per run and are dropped).

The output is deterministic: the same package gives the same file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tools.spec import ts

NODE_PACKAGE, NODE_VERSION = "authing-node-sdk", "4.0.1"
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[1] / "tests" / "compat" / "fixtures" / "node_requests.json"
CLIENTS = (("management", "ManagementClient"), ("authentication", "AuthenticationClient"))

#: Client options given to the Node clients (recorded in the fixture so the replay uses the same).
OPTIONS = {
    "accessKeyId": "node-capture-ak",
    "accessKeySecret": "node-capture-sk",
    "appId": "node-capture-app-id",
    "appSecret": "node-capture-app-secret",
    "accessToken": "node-capture-access-token",
    "redirectUri": "http://127.0.0.1/node-capture/callback",
}

#: Request headers kept in the fixture: the ones that say something about the call. The AK/SK
#: signature headers (authorization for management, date, nonce) differ on every run.
KEPT_HEADERS = ("content-type", "x-authing-app-id", "x-authing-lang")
KEPT_AUTH_HEADERS = ("content-type", "x-authing-app-id", "authorization")

#: Nesting depth after which optional model fields are left out (some models are recursive trees).
MAX_DEPTH = 4


def install(cache: Path) -> Path:
    """The installed package directory, running ``npm install`` into ``cache`` when it is missing."""
    pkg = cache / "node_modules" / NODE_PACKAGE
    manifest = pkg / "package.json"
    if not manifest.exists() or json.loads(manifest.read_text())["version"] != NODE_VERSION:
        cache.mkdir(parents=True, exist_ok=True)
        if not (cache / "package.json").exists():
            (cache / "package.json").write_text('{"private": true}\n')
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", f"{NODE_PACKAGE}@{NODE_VERSION}"],
                       cwd=cache, check=True, stdout=subprocess.DEVNULL)
    return pkg


class Sampler:
    """Deterministic values for TypeScript types, every field filled."""

    def __init__(self, models: dict[str, ts.TsModel], enums: dict[tuple[str | None, str], ts.TsEnum]) -> None:
        self.models = models
        self.enums = enums

    def sample(self, name: str, t: tuple[Any, ...], depth: int = 0, stack: tuple[str, ...] = ()) -> Any:
        kind = t[0]
        if kind == "lit":
            return t[1]
        if kind == "union":
            members = [m for m in t[1] if m not in (("id", "null"), ("id", "undefined"))]
            return self.sample(name, members[0] if members else ("id", "null"), depth, stack)
        if kind == "array":
            item = t[1]
            if item[0] == "id" and item[1] in stack:
                return []
            return [self.sample(name, item, depth + 1, stack)]
        if kind == "record":
            return {f"{name}Key": self.sample(name, t[1], depth + 1, stack)}
        if kind == "object":
            return {f: self.sample(f, ft, depth + 1, stack) for f, _opt, ft in t[1]}
        if kind == "promise":
            return self.sample(name, t[1], depth, stack)
        ident = t[1]
        if ident == "string":
            return f"{name}-value"
        if ident == "number":
            return zlib.crc32(name.encode()) % 900 + 100
        if ident == "boolean":
            return True
        if ident == "null":
            return None
        if ident in ("any", "object", "unknown"):
            return f"{name}-any"
        if "." in ident:
            owner, _, enum_name = ident.partition(".")
            enum = self.enums.get((owner, enum_name))
            if enum is not None:
                return enum.members[0][1]
        enum = self.enums.get((None, ident))
        if enum is not None:
            return enum.members[0][1]
        model = self.models.get(ident)
        if model is None:
            return f"{name}-value"
        if ident in stack:
            return {}
        out: dict[str, Any] = {}
        for f in model.fields:
            if depth >= MAX_DEPTH and f.optional:
                continue
            out[f.wire] = self.sample(f.wire, f.type, depth + 1, (*stack, ident))
        return out


def load_sources(pkg: Path) -> tuple[dict[str, list[ts.TsMethod]], Sampler]:
    models: dict[str, ts.TsModel] = {}
    enums: dict[tuple[str | None, str], ts.TsEnum] = {}
    for f in sorted((pkg / "src" / "models").glob("*.ts")):
        if f.name == "index.ts":
            continue
        ms, es = ts.parse_model_file(f.read_text(encoding="utf-8"))
        models.update((m.name, m) for m in ms)
        enums.update(((e.owner, e.name), e) for e in es)
    methods = {
        client: ts.parse_client_class((pkg / "src" / f"{cls}.ts").read_text(encoding="utf-8"), cls)
        for client, cls in CLIENTS
    }
    return methods, Sampler(models, enums)


def plan(methods: dict[str, list[ts.TsMethod]], sampler: Sampler) -> list[dict[str, Any]]:
    """One call per public simple method, arguments with every field filled."""
    calls: list[dict[str, Any]] = []
    for client, _cls in CLIENTS:
        for m in methods[client]:
            if m.visibility != "public" or not m.simple or m.name == "constructor":
                continue
            args: list[Any] = []
            inline: dict[str, Any] | None = None
            params: list[dict[str, str]] = []
            for p in m.params:
                params.append({"name": p.name, "kind": p.kind})
                value = sampler.sample(p.name, p.type)
                if p.kind == "inline":
                    if inline is None:
                        inline = {}
                        args.append(inline)
                    inline[p.name] = value
                else:
                    args.append(value)
            calls.append({
                "client": client,
                "node_method": m.name,
                "params": params,
                "args": args,
                "node_http_method": m.http_method,
                "node_url": m.url,
                "node_query": m.query,
            })
    return calls


def helper_plan() -> list[dict[str, Any]]:
    """Calls of the hand-written Node helpers whose options our helpers take (issue 19)."""
    base = {"client": "authentication", "node_client": "authentication_helpers", "params": [],
            "node_http_method": None, "node_url": None, "node_query": {}}
    token = "helper-access-token"
    calls: list[dict[str, Any]] = []
    for i, forced in enumerate((True, False, None)):
        options: dict[str, Any] = {
            "redirectUri": "http://127.0.0.1/node-capture/other-callback", "responseType": "code",
            "responseMode": "query", "state": f"state-{i}", "nonce": f"nonce-{i}",
            "scope": "openid profile offline_access", "tenantId": f"tenant-{i}",
        }
        if forced is not None:
            options["forced"] = forced
        calls.append({**base, "node_method": "buildAuthorizeUrl", "args": [options], "keep_result": True})
    combos: list[dict[str, str]] = [{}]
    combos += [{"method": m, "tokenPlace": t} for m in ("GET", "POST") for t in ("query", "header", "body")
               if (m, t) != ("GET", "body")]
    combos += [{"method": "POST"}, {"method": "GET"}, {"tokenPlace": "header"}, {"tokenPlace": "query"}]
    for options in combos:
        args: list[Any] = [token, options] if options else [token]
        calls.append({**base, "node_method": "getUserInfoByAccessToken", "args": args, "keep_result": False})
    return calls


def _parse_request(client: str, raw: dict[str, Any]) -> dict[str, Any]:
    parts = urlsplit(raw["url"])
    query = [list(pair) for pair in parse_qsl(parts.query, keep_blank_values=True)]
    headers = raw["headers"]
    ctype = headers.get("content-type", "")
    text = raw["body"]
    body: Any
    if not text:
        body_kind, body = "none", None
    elif ctype.startswith("application/json"):
        body_kind, body = "json", json.loads(text)
    elif ctype.startswith("application/x-www-form-urlencoded"):
        body_kind, body = "form", [list(pair) for pair in parse_qsl(text, keep_blank_values=True)]
    else:
        body_kind, body = "text", text
    kept = KEPT_AUTH_HEADERS if client.startswith("authentication") else KEPT_HEADERS
    return {
        "method": raw["method"],
        "path": parts.path,
        "query": query,
        "body_kind": body_kind,
        "body": body,
        "headers": {k: headers[k] for k in kept if k in headers},
    }


def capture(pkg: Path, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        plan_path, out_path = Path(tmp) / "plan.json", Path(tmp) / "out.json"
        plan_path.write_text(json.dumps({"options": OPTIONS, "calls": calls}))
        subprocess.run([node, str(HERE / "capture.js"), str(pkg), str(plan_path), str(out_path)], check=True)
        raw = json.loads(out_path.read_text())
    records = []
    for rec in raw:
        rec["requests"] = [_parse_request(rec["client"], r) for r in rec["requests"]]
        if not rec.pop("keep_result", False):
            rec.pop("result", None)
        records.append(rec)
    return records


def render(records: list[dict[str, Any]], helpers: list[dict[str, Any]]) -> str:
    doc = {
        "source": f"{NODE_PACKAGE}@{NODE_VERSION}",
        "options": OPTIONS,
        "calls": sorted(records, key=lambda r: (r["client"], r["node_method"])),
        "helper_calls": helpers,
    }
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.node_capture", description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="npm install directory (kept between runs)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = install(args.cache if args.cache is not None else Path(tmp))
        methods, sampler = load_sources(pkg)
        records = capture(pkg, plan(methods, sampler))
        helpers = capture(pkg, helper_plan())
    failed = [r["node_method"] for r in records if r["error"] or len(r["requests"]) != 1]
    failed += [r["node_method"] for r in helpers if r["error"]]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(records, helpers), encoding="utf-8")
    print(f"{len(records)} calls captured into {args.out}; not exactly one request: {failed}")
    return 0



