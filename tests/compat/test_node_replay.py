"""Replay the official Node SDK's requests on our methods: same fields accepted, same request sent.

``tests/compat/fixtures/node_requests.json`` holds, for every public simple request method of
``authing-node-sdk`` 4.0.1, the arguments it was called with (every field filled) and the request it
sent (captured once by ``python -m tools.node_capture``; node does not run here). For each call:

1. our method is the spec endpoint with the same ``node_name``;
2. each Node argument becomes our parameter whose spec ``wire`` name is the Node field (request
   models are flattened into our signature) — a field with no parameter is a failure, since it
   could then only be sent through ``extra_query``/``extra_body``;
3. the method is called against the fake server and the request that arrives must equal Node's in
   HTTP method, path, query and body, apart from the kinds in :data:`NORMALIZED` (applied to the
   Node side before comparing) and the per-method parts in :data:`CORRECTED` (left out of the
   comparison and checked to differ); each entry says why it is a deliberate divergence.

The fixture's ``helper_calls`` hold the two hand-written Node helpers whose options we take:
``buildAuthorizeUrl`` (the URL must carry the same query) and ``getUserInfoByAccessToken`` (every
``method``/``tokenPlace`` combination must send the same request, the Bearer header included).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

import genauth_async
from genauth_async.testing import spec as spec_mod
from tests.support.fake_server import FakeServer

FIXTURE = Path(__file__).parent / "fixtures" / "node_requests.json"
CAPTURE = json.loads(FIXTURE.read_text(encoding="utf-8"))
SPEC = spec_mod.load()
BY_NODE_NAME = {(e["client"], e["node_name"]): e for e in SPEC["endpoints"] if e.get("node_name")}

#: Differences applied to the Node request before comparing, by kind, and why each is not a defect of ours.
NORMALIZED = {
    "node-path-placeholder": (
        "Node sends a path template such as /api/v3/ip-list/{id} literally (the placeholder is never "
        "substituted, so the request cannot reach the resource); we substitute the argument given for it"
    ),
    "array-brackets": (
        "axios writes an array query parameter as k[]=v; the API and the official Python SDK use the "
        "repeated k=v form, which we send"
    ),
    "empty-post-body": (
        "Node sends no body on a POST whose method takes no fields; we send {} as the official Python "
        "SDK does (genauth-api-facts.md section 9: 'a method with no fields still sends {}')"
    ),
}

#: Per-method deliberate divergences: (client, Node method) -> {compared part: reason}. Each is a
#: wire correction recorded in that endpoint's spec ``corrections``; the test checks that the part
#: really differs, so an entry cannot outlive its reason.
CORRECTED: dict[tuple[str, str], dict[str, str]] = {
    ("management", "getRowBatch"): {
        "path": "Node posts to /get-row-batch (no /api/v3/metadata prefix, unlike its sibling row "
                "endpoints); we post to /api/v3/metadata/get-row-batch",
    },
    ("authentication", "verifyMfaToken"): {
        "body": "Node declares the token as formData but never sends it (no body); we send it form-encoded",
    },
}

#: Methods that do not yet accept every field Node sends, as strict xfails. Empty since the spec
#: became the union (issue 19): a method listed here that passes fails the run.
AWAITING_UNION: frozenset[tuple[str, str]] = frozenset()

CALLS: list[dict[str, Any]] = CAPTURE["calls"]


def _key(call: dict[str, Any]) -> tuple[str, str]:
    return call["client"], call["node_method"]


def _cases() -> list[Any]:
    cases = []
    for call in CALLS:
        marks = []
        if _key(call) in AWAITING_UNION:
            marks.append(pytest.mark.xfail(strict=True, reason="Node fields not accepted yet (union helper)"))
        cases.append(pytest.param(call, id=f"{call['client']}.{call['node_method']}", marks=marks))
    return cases


def _node_arguments(call: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(Node parameter kind, wire name, value) for every field of a captured call.

    Inline (destructured) and positional parameters are named in Node's source; their wire name is
    the query key Node maps them to (``generateLinkExtIdpUrl`` sends ``extIdpConnIdentifier`` as
    ``ext_idp_conn_identifier``), else the name itself. Request-model fields are wire names already.
    """
    query_of = {expr: wire for wire, expr in call["node_query"].items()}
    args = iter(call["args"])
    inline: dict[str, Any] | None = None
    out: list[tuple[str, str, Any]] = []
    for p in call["params"]:
        kind, name = p["kind"], p["name"]
        if kind == "inline":
            if inline is None:
                inline = next(args)
            out.append((kind, query_of.get(name, name), inline[name]))
        elif kind in ("body", "form"):
            out.extend((kind, wire, value) for wire, value in next(args).items())
        else:
            out.append((kind, query_of.get(name, name), next(args)))
    return out


def translate(call: dict[str, Any], ep: dict[str, Any]) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """Our keyword arguments for a captured Node call, the Node fields no parameter of ours takes,
    and the values Node was given for path placeholders (keyed by lower-cased name).

    A positional Node argument fills the path parameter of the same name; case is ignored there
    because Node names an argument ``credentialId`` for the placeholder ``{credentialID}``.
    """
    by_wire = {p["wire"]: p for p in ep["params"]}
    path_params = {p["wire"].lower(): p for p in ep["params"] if p["location"] == "path"}
    kwargs: dict[str, Any] = {}
    missing: list[str] = []
    placeholders: dict[str, Any] = {}
    for kind, wire, value in _node_arguments(call):
        if kind == "positional" and wire.lower() in path_params:
            placeholders[wire.lower()] = value
            wire = path_params[wire.lower()]["wire"]
        p = by_wire.get(wire)
        if p is None:
            missing.append(wire)
        else:
            kwargs[p["name"]] = value
    return kwargs, missing, placeholders


def node_request(call: dict[str, Any], placeholders: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The Node request with the :data:`NORMALIZED` differences applied, and the kinds applied."""
    req = call["requests"][0]
    kinds: set[str] = set()
    path = unquote(req["path"])
    for name in re.findall(r"\{(\w+)\}", path):
        if name.lower() in placeholders:
            path = path.replace("{" + name + "}", str(placeholders[name.lower()]))
            kinds.add("node-path-placeholder")
    query = []
    for k, v in req["query"]:
        if k.endswith("[]"):
            k = k[:-2]
            kinds.add("array-brackets")
        query.append((k, v))
    body = req["body"]
    takes_body = any(p["kind"] in ("body", "form") for p in call["params"])
    if req["method"] == "POST" and req["body_kind"] == "none" and not takes_body:
        body = {}
        kinds.add("empty-post-body")
    return {"method": req["method"], "path": path, "query": sorted(query), "body": body}, kinds


def our_request(rec: Any) -> dict[str, Any]:
    body: Any = None
    if rec.body:
        if rec.content_type.startswith("application/json"):
            body = rec.json()
        elif rec.content_type.startswith("application/x-www-form-urlencoded"):
            body = [list(p) for p in parse_qsl(rec.body.decode(), keep_blank_values=True)]
        else:
            body = rec.body.decode()
    return {"method": rec.method, "path": rec.path, "query": sorted(rec.query), "body": body}


@pytest.fixture
async def clients(server: FakeServer) -> AsyncIterator[dict[str, Any]]:
    opts = CAPTURE["options"]
    async with (
        genauth_async.ManagementClient(opts["accessKeyId"], opts["accessKeySecret"], host=server.url,
                                       max_retries=0) as mgmt,
        genauth_async.AuthenticationClient(opts["appId"], server.url, app_secret=opts["appSecret"],
                                           access_token=opts["accessToken"], max_retries=0) as auth,
    ):
        yield {"management": mgmt, "authentication": auth}


@pytest.mark.parametrize("call", _cases())
async def test_node_call_replays_equal(call: dict[str, Any], clients: dict[str, Any], server: FakeServer) -> None:
    ep = BY_NODE_NAME.get(_key(call))
    assert ep is not None, "no endpoint of ours has this node_name"
    assert call["error"] is None and len(call["requests"]) == 1, "the capture itself is incomplete"
    kwargs, missing, placeholders = translate(call, ep)
    assert not missing, f"{ep['name']} accepts no parameter for the Node field(s) {missing}"
    await getattr(clients[call["client"]], ep["name"])(**kwargs)
    recorded = server.api_requests
    assert len(recorded) == 1, [f"{r.method} {r.path}" for r in recorded]
    ours = our_request(recorded[0])
    node, _kinds = node_request(call, placeholders)
    corrected = CORRECTED.get(_key(call), {})
    for part in corrected:
        assert ep["corrections"], "a CORRECTED entry needs a correction recorded in the spec"
        assert ours[part] != node[part], f"{part} no longer differs: drop the CORRECTED entry"
    assert {k: v for k, v in ours.items() if k not in corrected} == {
        k: v for k, v in node.items() if k not in corrected
    }


def test_capture_covers_every_node_endpoint_of_the_spec() -> None:
    """Every spec endpoint with a Node name was captured, and every captured call has an endpoint."""
    captured = {_key(c) for c in CALLS}
    assert captured <= set(BY_NODE_NAME)
    assert set(BY_NODE_NAME) - captured == set()
    assert AWAITING_UNION <= captured and set(CORRECTED) <= captured


def test_known_differences_are_the_documented_kinds() -> None:
    """The normalization only ever applies the listed kinds, each of which is applied somewhere."""
    applied: set[str] = set()
    for call in CALLS:
        ep = BY_NODE_NAME[_key(call)]
        _kwargs, _missing, placeholders = translate(call, ep)
        applied |= node_request(call, placeholders)[1]
    assert applied == set(NORMALIZED)


# --------------------------------------------------------------------------- hand-written helpers

#: Node option name -> our keyword, for the helpers recorded under ``helper_calls``.
HELPER_OPTIONS = {
    "buildAuthorizeUrl": {
        "redirectUri": "redirect_uri", "responseType": "response_type", "responseMode": "response_mode",
        "state": "state", "nonce": "nonce", "scope": "scope", "tenantId": "tenant_id", "forced": "forced",
    },
    "getUserInfoByAccessToken": {"method": "method", "tokenPlace": "token_place"},
}

#: Where a helper call deliberately differs, and why (checked to really differ).
HELPER_DIFFERENCES = {
    ("getUserInfoByAccessToken", "no options"): (
        "without options Node sends GET ?access_token=; we keep the official Python SDK's request "
        "(POST with the token as a Bearer header), which code moving from genauth relies on"
    ),
}

HELPER_CALLS: list[dict[str, Any]] = CAPTURE["helper_calls"]


def _helper_id(call: dict[str, Any]) -> str:
    options = call["args"][1] if len(call["args"]) > 1 else call["args"][0]
    if not isinstance(options, dict) or not options:
        return f"{call['node_method']}-no options"
    return f"{call['node_method']}-" + ",".join(f"{k}={v}" for k, v in sorted(options.items())
                                                 if k in ("method", "tokenPlace", "forced"))


def _helper_kwargs(call: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    names = HELPER_OPTIONS[call["node_method"]]
    unknown = set(options) - set(names)
    assert not unknown, f"Node options with no parameter of ours: {unknown}"
    return {names[k]: v for k, v in options.items()}


def _sorted_query(url: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(url).query, keep_blank_values=True))


@pytest.mark.parametrize("call", [c for c in HELPER_CALLS if c["node_method"] == "buildAuthorizeUrl"],
                         ids=_helper_id)
def test_node_authorize_url_equal(call: dict[str, Any]) -> None:
    host = "https://node-capture.example"
    opts = CAPTURE["options"]
    client = genauth_async.AuthenticationClient(opts["appId"], host, redirect_uri=opts["redirectUri"])
    ours = client.build_authorize_url(**_helper_kwargs(call, call["args"][0]))
    node = call["result"]["url"].replace("{appHost}", host)
    assert ours.split("?")[0] == node.split("?")[0]
    assert _sorted_query(ours) == _sorted_query(node)


@pytest.mark.parametrize("call", [c for c in HELPER_CALLS if c["node_method"] == "getUserInfoByAccessToken"],
                         ids=_helper_id)
async def test_node_user_info_request_equal(call: dict[str, Any], server: FakeServer) -> None:
    token, *rest = call["args"]
    options = rest[0] if rest else {}
    server.set("POST", "/oidc/me", {"sub": "u1"}, raw=True)
    server.set("GET", "/oidc/me", {"sub": "u1"}, raw=True)
    opts = CAPTURE["options"]
    async with genauth_async.AuthenticationClient(opts["appId"], server.url, app_secret=opts["appSecret"],
                                                  max_retries=0) as client:
        await client.get_user_info_by_access_token(token, **_helper_kwargs(call, options))
    (rec,) = server.requests
    ours = our_request(rec) | {"authorization": rec.headers.get("authorization")}
    req = call["requests"][0]
    node = {"method": req["method"], "path": req["path"], "query": sorted((k, v) for k, v in req["query"]),
            "body": req["body"], "authorization": req["headers"].get("authorization")}
    if (call["node_method"], _helper_id(call).split("-", 1)[1]) in HELPER_DIFFERENCES:
        assert ours != node
        assert ours == {"method": "POST", "path": "/oidc/me", "query": [], "body": None,
                        "authorization": f"Bearer {token}"}
    else:
        assert ours == node
