"""Checks of the committed spec (genauth_async/_spec/genauth-v3.json); no network needed.

The byte-for-byte regeneration check runs only when the official archives are available offline:
set GENAUTH_SPEC_CACHE to a directory holding genauth-5.1.0-py3-none-any.whl and
authing-node-sdk-4.0.1.tgz (``python -m tools.spec.extract --cache DIR`` fills one).
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import keyword
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from genauth_async._spec import load_spec

# How to recount from the unpacked official packages:
#  * Python endpoint methods: public methods (no leading "_") that call self.http_client.request(...);
#    `grep -c "self.http_client.request(" ManagementClient.py` gives 353, minus the 2 earlier
#    definitions that Python replaces (get_user_resource_struct, check_user_same_level_permission)
#    = 351; AuthenticationClient.py gives 86 (none shadowed).
#  * Node models: `ls package/src/models/*.ts | grep -v index.ts | wc -l` = 1486 (one type per file).
#  * Node-only endpoints: Node client methods whose body is a single
#    `this.httpClient.request({method: "...", url: "...", ...})` (496 in ManagementClient.ts, 121 in
#    AuthenticationClient.ts) whose (method, url) no Python method uses: 146 and 36.
#  * Protocol calls: `grep -c "self.protocol_http_client.request(" AuthenticationClient.py` = 16.
MANAGEMENT_PYTHON = 351
MANAGEMENT_NODE = 146
AUTHENTICATION_PYTHON = 86
AUTHENTICATION_NODE = 36
PROTOCOL = 16
MODELS = 1486

TYPE_KINDS = {"str", "int", "float", "bool", "any", "list", "map", "model", "enum", "union", "literal"}
LOCATIONS = {"query", "json", "form", "path"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def _walk_types(t: dict[str, Any]) -> list[dict[str, Any]]:
    out = [t]
    if t["kind"] == "list":
        out += _walk_types(t["items"])
    elif t["kind"] == "map":
        out += _walk_types(t["values"])
    elif t["kind"] == "union":
        for m in t["of"]:
            out += _walk_types(m)
    return out


def _all_types(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for name, model in spec["models"].items():
        for f in model["fields"]:
            found += [(f"{name}.{f['wire']}", t) for t in _walk_types(f["type"])]
    for ep in spec["endpoints"] + spec["protocol_endpoints"]:
        for p in ep["params"]:
            found += [(f"{ep['name']}({p['name']})", t) for t in _walk_types(p["type"])]
        if ep["data_type"] is not None:
            found += [(f"{ep['name']} -> data", t) for t in _walk_types(ep["data_type"])]
    return found


def test_load_spec_is_cached(spec: dict[str, Any]) -> None:
    assert load_spec() is spec
    assert spec["format"] == 1
    assert spec["sources"] == {"python": "genauth==5.1.0", "node": "authing-node-sdk@4.0.1"}


def test_counts(spec: dict[str, Any]) -> None:
    eps = spec["endpoints"]

    def n(client: str, origin: str) -> int:
        return sum(1 for e in eps if e["client"] == client and e["origin"] == origin)

    assert n("management", "python") == MANAGEMENT_PYTHON
    assert n("management", "node") == MANAGEMENT_NODE
    assert n("authentication", "python") == AUTHENTICATION_PYTHON
    assert n("authentication", "node") == AUTHENTICATION_NODE
    assert len(spec["protocol_endpoints"]) == PROTOCOL
    assert len(spec["models"]) == MODELS
    c = spec["counts"]
    assert c["endpoints"]["management"] == {"python": 351, "node": 146, "total": 497}
    assert c["endpoints"]["authentication"] == {"python": 86, "node": 36, "total": 122}
    assert c["models"] == MODELS and c["enums"] == len(spec["enums"])
    assert c["aliases"] == sum(len(e["aliases"]) for e in eps)
    assert c["corrections"] == sum(len(e["corrections"]) for e in eps)


def test_endpoints_sorted_and_well_formed(spec: dict[str, Any]) -> None:
    eps = spec["endpoints"]
    assert [(e["client"], e["name"]) for e in eps] == sorted((e["client"], e["name"]) for e in eps)
    for e in eps:
        assert e["method"] in {"GET", "POST", "PUT", "DELETE", "PATCH"}, e["name"]
        assert e["body"] in {"json", "none", "form"}, e["name"]
        assert e["area"].isidentifier(), e["name"]
        assert e["path"].startswith("/"), e["name"]
        for p in e["params"]:
            assert p["location"] in LOCATIONS, (e["name"], p)
            assert p["name"].isidentifier(), (e["name"], p)


def test_no_duplicate_names_per_client(spec: dict[str, Any]) -> None:
    for client in ("management", "authentication"):
        names: list[str] = []
        for e in spec["endpoints"]:
            if e["client"] == client:
                names += [e["name"], *e["aliases"]]
        assert len(names) == len(set(names)), client
        for e in spec["endpoints"]:
            if e["client"] == client:
                params = [p["name"] for p in e["params"]]
                assert len(params) == len(set(params)), e["name"]


def test_known_official_names_present(spec: dict[str, Any]) -> None:
    have = {(e["client"], e["name"]) for e in spec["endpoints"] if e["origin"] == "python"}
    for name in ("create_application", "get_application", "list_applications", "delete_application",
                 "get_application_simple_info", "list_application_simple_info", "get_application_secret",
                 "refresh_application_secret", "list_application_active_users",
                 "get_application_permission_strategy", "update_application_permission_strategy",
                 "authorize_application_access", "revoke_application_access", "check_domain_available",
                 "list_resource_targets", "get_external_user_resource_struct", "get_user_resource_struct",
                 "check_user_same_level_permission", "put_event", "verify_event", "pub_user_event",
                 "remote_field", "export_meatdata", "userpoll_tenant_config", "list_invite_tennat_user_records",
                 "change_userpool_tenan_ext_idp_conn_state"):
        assert ("management", name) in have, name
    for name in ("generate_link_ext_idp_url", "unlink_ext_idp", "get_identities",
                 "get_application_enabled_ext_idps", "sign_in_by_credentials", "sign_in_by_mobile",
                 "exchange_token_set_with_qr_code_ticket", "sign_up", "get_profile", "update_profile",
                 "verify_mfa_token", "remove_credential", "put_event", "list"):
        assert ("authentication", name) in have, name


def test_shadowed_definitions_recorded(spec: dict[str, Any]) -> None:
    shadowed = {s["name"]: s for s in spec["shadowed_definitions"]}
    assert set(shadowed) == {"get_user_resource_struct", "check_user_same_level_permission"}
    assert shadowed["get_user_resource_struct"]["reachable_as"] == ["list_resource_targets"]
    assert shadowed["check_user_same_level_permission"]["reachable_as"] == ["get_external_user_resource_struct"]


def test_aliases(spec: dict[str, Any]) -> None:
    aliases = {(e["client"], e["name"]): e["aliases"] for e in spec["endpoints"] if e["aliases"]}
    for (client, name), alias in {
        ("management", "remote_field"): "remove_field",
        ("management", "export_meatdata"): "export_metadata",
        ("management", "userpoll_tenant_config"): "userpool_tenant_config",
        ("management", "list_invite_tennat_user_records"): "list_invite_tenant_user_records",
        ("management", "change_userpool_tenan_ext_idp_conn_state"): "change_userpool_tenant_ext_idp_conn_state",
    }.items():
        assert aliases[(client, name)] == [alias]


def test_model_references_resolve(spec: dict[str, Any]) -> None:
    models, enums = spec["models"], spec["enums"]
    for where, t in _all_types(spec):
        assert t["kind"] in TYPE_KINDS, where
        if t["kind"] == "model":
            assert t["name"] in models, where
        elif t["kind"] == "enum":
            assert t["name"] in enums, where
    for e in spec["endpoints"]:
        for key in ("request_model", "response_model"):
            assert e[key] is None or e[key] in models, (e["name"], key)


def test_enums_non_empty(spec: dict[str, Any]) -> None:
    class_names = [e["class_name"] for e in spec["enums"].values()]
    for key, e in spec["enums"].items():
        assert e["values"], key
        assert e["class_name"].isidentifier(), key
        assert [m["value"] for m in e["members"]] == e["values"], key
    assert spec["enums"]["CreateApplicationDto.appType"]["values"][:2] == ["web", "spa"]
    assert len(class_names) == len(set(class_names))


def test_no_prose(spec: dict[str, Any]) -> None:
    for name, model in spec["models"].items():
        for f in model["fields"]:
            assert set(f) <= {"name", "wire", "required", "type", "nullable"}, name


def test_path_params_appear_in_paths(spec: dict[str, Any]) -> None:
    for e in spec["endpoints"]:
        in_path = set(re.findall(r"\{(\w+)\}", e["path"]))
        declared = {p["wire"] for p in e["params"] if p["location"] == "path"}
        assert in_path == declared, e["name"]


def test_corrections(spec: dict[str, Any]) -> None:
    eps = {(e["client"], e["name"]): e for e in spec["endpoints"]}
    row_batch = eps[("management", "get_row_batch")]
    assert row_batch["path"] == "/api/v3/metadata/get-row-batch" and row_batch["corrections"]
    for name, path in (("delete_by_id", "/api/v3/ip-list/{id}"),
                       ("delete_user_list_by_id", "/api/v3/user-list/{id}"),
                       ("delete_risk_list_policy_by_id", "/api/v3/risk-list-policy/{id}")):
        e = eps[("management", name)]
        assert e["path"] == path and e["corrections"]
        assert e["params"] == [{"name": "id", "wire": "id", "location": "path", "required": True,
                                "wire_required": True, "type": {"kind": "str"}}]
    rc = eps[("authentication", "remove_credential")]
    assert rc["path"] == "/api/v3/webauthn/remove-credential/{credentialID}" and rc["corrections"]
    assert [(p["name"], p["wire"], p["location"]) for p in rc["params"]] == [
        ("credential_id", "credentialID", "path")]
    mfa = eps[("authentication", "verify_mfa_token")]
    assert [(p["name"], p["wire"], p["location"]) for p in mfa["params"]] == [("token", "token", "form")]
    assert mfa["corrections"] and mfa["envelope"] is False


def test_wire_details(spec: dict[str, Any]) -> None:
    eps = {(e["client"], e["name"]): e for e in spec["endpoints"]}
    link = eps[("authentication", "generate_link_ext_idp_url")]
    assert (link["method"], link["path"]) == ("GET", "/api/v3/generate-link-extidp-url")
    assert [(p["wire"], p["location"], p["required"], p.get("keyword_only", False)) for p in link["params"]] == [
        ("ext_idp_conn_identifier", "query", True, False), ("app_id", "query", True, False),
        ("id_token", "query", True, False),
        # the Node SDK's further fields, under Node's (snake_case) query keys
        ("need_url_redirect", "query", False, True), ("only_redirect_token", "query", False, True),
        ("need_form_post", "query", False, True), ("target_url", "query", False, True)]
    create = eps[("management", "create_application")]
    assert create["request_model"] == "CreateApplicationDto"
    assert create["data_type"] == {"kind": "model", "name": "CreateApplicationRespDataDto"}
    assert create["params"][0] == {"name": "app_name", "wire": "appName", "location": "json", "required": True,
                                   "wire_required": True, "type": {"kind": "str"}}
    assert eps[("management", "list_applications")]["pagination"] == {
        "style": "query", "items": "list", "total": "totalCount"}
    assert eps[("management", "list_users")]["pagination"]["style"] == "options"
    assert eps[("authentication", "unlink_ext_idp")]["data_type"] is None
    put = eps[("authentication", "put_event")]
    assert [p.get("encode") for p in put["params"]] == [None, "json_string"]
    assert eps[("authentication", "sign_in_by_credentials")]["basic_auth"] is True


def test_protocol_endpoints(spec: dict[str, Any]) -> None:
    proto = spec["protocol_endpoints"]
    assert all(not p["envelope"] for p in proto)
    paths = {p["path"] for p in proto}
    assert {"/oidc/token", "/oidc/me", "/oidc/token/revocation", "/oidc/token/introspection",
            "/oidc/.well-known/jwks.json", "/cas-idp/{app_id}/validate"} <= paths
    for p in proto:
        assert p["private"] == p["name"].startswith("_")
        assert all(q["location"] in LOCATIONS for q in p["params"])


# Paginated endpoints by style: page/limit as query parameters (53), as JSON body fields (16), in
# options.pagination (4), and in a top-level ``pagination`` object parameter (2).
PAGINATION = {"body": 16, "object": 2, "options": 4, "query": 53}


def test_pagination_has_list_and_total(spec: dict[str, Any]) -> None:
    models = spec["models"]
    for e in spec["endpoints"]:
        if e["pagination"]:
            fields = {f["wire"]: f for f in models[e["data_type"]["name"]]["fields"]}
            items = e["pagination"]["items"]
            assert items in ("list", "data") and fields[items]["type"]["kind"] in ("list", "any"), e["name"]
            assert e["pagination"]["total"] == "totalCount" and "totalCount" in fields, e["name"]


def test_pagination_counts_and_styles(spec: dict[str, Any]) -> None:
    eps = {(e["client"], e["name"]): e for e in spec["endpoints"]}
    styles: dict[str, int] = {}
    for e in spec["endpoints"]:
        if e["pagination"]:
            styles[e["pagination"]["style"]] = styles.get(e["pagination"]["style"], 0) + 1
    assert styles == PAGINATION == spec["counts"]["pagination"]
    for name in ("get_admin_audit_logs", "get_user_action_logs"):
        assert eps[("management", name)]["pagination"] == {
            "style": "object", "param": "pagination", "items": "list", "total": "totalCount"}
    assert eps[("management", "list_role_assignments")]["pagination"] == {
        "style": "query", "items": "data", "total": "totalCount"}
    for name in ("query_ldap_log", "query_ldap_sub_entries"):
        assert eps[("management", name)]["pagination"] == {
            "style": "query", "items": "list", "total": "totalCount"}


def test_paged_endpoints_without_total_are_pinned(spec: dict[str, Any]) -> None:
    """page/limit endpoints that get no iterator on purpose (see tools.spec.extract.PAGED_WITHOUT_TOTAL)."""
    from tools.spec.extract import PAGED_WITHOUT_TOTAL

    unpaged = sorted((e["client"], e["name"]) for e in spec["endpoints"] if not e["pagination"]
                     and {"page", "limit"} <= {p["wire"] for p in e["params"]})
    assert unpaged == sorted(PAGED_WITHOUT_TOTAL)
    assert len(unpaged) == 10
    models = spec["models"]
    for e in spec["endpoints"]:
        if (e["client"], e["name"]) in unpaged and (e["data_type"] or {}).get("kind") == "model":
            assert "totalCount" not in {f["wire"] for f in models[e["data_type"]["name"]]["fields"]}


def _spec_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The official archives: from GENAUTH_SPEC_CACHE when set, else downloaded with pip and npm."""
    from tools.spec import extract

    if os.environ.get("GENAUTH_SPEC_CACHE"):
        cache = Path(os.environ["GENAUTH_SPEC_CACHE"])
    else:
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed and GENAUTH_SPEC_CACHE is not set")
        cache = tmp_path_factory.mktemp("spec-cache")
    try:
        extract.fetch(cache)
    except subprocess.CalledProcessError as error:  # a registry out of reach is not a spec regression
        pytest.skip(f"could not download the official archives: {error}")
    return cache


@pytest.mark.slow
def test_regenerates_byte_for_byte(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    from tools.spec import extract

    cache = _spec_cache(tmp_path_factory)
    out = tmp_path / "spec.json"
    assert extract.main(["--out", str(out), "--cache", str(cache)]) == 0
    committed = Path(extract.DEFAULT_OUT).read_bytes()
    assert out.read_bytes() == committed


def _official_endpoint_methods(source: str) -> set[str]:
    """Public methods of an official client class that send through its V3 HTTP client (read with ast)."""
    tree = ast.parse(source)
    names: set[str] = set()
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            if fn.name.startswith("_"):
                continue
            for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
                f = call.func
                if (isinstance(f, ast.Attribute) and f.attr == "request" and isinstance(f.value, ast.Attribute)
                        and f.value.attr == "http_client"):
                    names.add(fn.name)
    return names


def test_every_official_method_name_is_present(spec: dict[str, Any]) -> None:
    found = importlib.util.find_spec("genauth")
    if found is None or not found.submodule_search_locations:
        pytest.skip("the official genauth package (test extra) is not installed")
    root = Path(next(iter(found.submodule_search_locations)))
    have = {(e["client"], e["name"]) for e in spec["endpoints"] if e["origin"] == "python"}
    for client, filename, expected in (("management", "ManagementClient.py", MANAGEMENT_PYTHON),
                                       ("authentication", "AuthenticationClient.py", AUTHENTICATION_PYTHON)):
        official = _official_endpoint_methods((root / filename).read_text(encoding="utf-8"))
        assert len(official) == expected, filename
        missing = sorted(name for name in official if (client, name) not in have)
        assert not missing, (client, missing)


#: Issue 19's examples of Node fields the official Python methods lacked: (client, method, wire, location).
NODE_FIELD_EXAMPLES = {
    ("management", "get_user", "withDepartmentIds", "query"),
    ("management", "get_user_batch", "withDepartmentIds", "query"),
    ("management", "list_group_members", "withDepartmentIds", "query"),
    ("management", "list_role_members", "withDepartmentIds", "query"),
    ("management", "get_public_account", "withDepartmentIds", "query"),
    ("authentication", "get_profile", "withDepartmentIds", "query"),
    ("management", "create_user", "departmentIds", "json"),
    ("management", "create_public_account", "departmentIds", "json"),
    ("management", "update_user", "metadata", "json"),
    ("management", "update_role", "enablePermissionApply", "json"),
    ("management", "create_webhook", "retryConfig", "json"),
    ("management", "update_webhook", "retryConfig", "json"),
    ("management", "create_data_resource", "extendFieldList", "json"),
    ("management", "create_data_resource_by_tree", "extendFieldList", "json"),
    ("management", "update_security_settings", "authingTokenExpiresIn", "json"),
    ("management", "list_operate", "fieldId", "query"),
    ("management", "update_operate", "fieldId", "json"),
    ("management", "copy_operate", "fieldId", "json"),
    ("management", "remove_operate", "fieldId", "json"),
    ("management", "execute_operate", "fieldId", "json"),
    ("management", "list_row", "getNestData", "json"),
    ("management", "update_model", "showFieldKey", "json"),
    ("management", "list_field", "from", "query"),
    ("authentication", "generate_link_ext_idp_url", "need_url_redirect", "query"),
    ("authentication", "generate_link_ext_idp_url", "target_url", "query"),
    ("authentication", "sign_in_by_mobile", "douyinMiniProgramCodePayload", "json"),
    ("authentication", "sign_in_by_mobile", "douyinMiniProgramCodeAndPhonePayload", "json"),
    ("authentication", "update_password", "passwordResetToken", "json"),
}


def test_node_fields_are_keyword_only_extras(spec: dict[str, Any]) -> None:
    added: set[tuple[str, str, str, str]] = set()
    for e in spec["endpoints"]:
        kinds = [bool(p.get("keyword_only")) for p in e["params"]]
        # the official parameters first, untouched; the Node fields after them, all keyword-only
        assert kinds == sorted(kinds), e["name"]
        for p in e["params"]:
            if p.get("keyword_only"):
                assert e["origin"] == "python" and e["node_name"], e["name"]
                # never required: the official SDK never sent them, and the emulator must take its calls
                assert p["required"] is False and p["wire_required"] is False, (e["name"], p["name"])
                assert p["name"].islower() and p["name"].isidentifier(), (e["name"], p)
                assert not keyword.iskeyword(p["name"]), (e["name"], p)
                added.add((e["client"], e["name"], p["wire"], p["location"]))
    assert NODE_FIELD_EXAMPLES <= added, sorted(NODE_FIELD_EXAMPLES - added)
    eps = {(e["client"], e["name"]): e for e in spec["endpoints"]}
    list_field = eps[("management", "list_field")]
    (from_,) = [p for p in list_field["params"] if p["wire"] == "from"]
    assert from_["name"] == "from_" and any("from_" in n for n in list_field["notes"])


def test_request_model_fields_all_reachable(spec: dict[str, Any]) -> None:
    """The union, for bodies: every field of the Node request model is a parameter of the method."""
    for e in spec["endpoints"]:
        rm = e["request_model"]
        if rm is None or e["origin"] != "python":
            continue
        wires = {p["wire"] for p in e["params"]}
        missing = [f["wire"] for f in spec["models"][rm]["fields"] if f["wire"] not in wires]
        assert not missing, (e["name"], missing)


def test_official_parameters_kept_in_order(spec: dict[str, Any]) -> None:
    """Drop-in: the positional parameters are the official ones, same names, same order (a path
    parameter a correction adds comes last of them)."""
    genauth = pytest.importorskip("genauth")

    for e in spec["endpoints"]:
        if e["origin"] != "python":
            continue
        cls = getattr(genauth, "ManagementClient" if e["client"] == "management" else "AuthenticationClient")
        official = [n for n in inspect.signature(getattr(cls, e["name"])).parameters if n != "self"]
        ours = [p["name"] for p in e["params"] if not p.get("keyword_only")]
        added = [p["name"] for p in e["params"] if p["location"] == "path" and p["name"] not in official]
        assert ours == official + added, e["name"]


def test_node_extras_rules() -> None:
    """The rules of tools.spec.extract._node_extras on a made-up Node method: a clash with an
    official parameter name gets a ``node_`` name and a note, a keyword gets ``_``, a field the
    official method already sends is skipped, and a positional argument Node never sends adds nothing."""
    from tools.spec import extract, ts

    node = ts.TsMethod(
        name="getThing", visibility="public", returns=None, simple=True, http_method="GET", url="/api/v3/thing",
        params=[ts.TsParam("userId", "inline", True, ("id", "string")),
                ts.TsParam("from", "inline", False, ("id", "string")),
                ts.TsParam("thingId", "inline", True, ("id", "string")),
                ts.TsParam("unused", "positional", False, ("id", "string"))],
        query={"userId": "userId", "from": "from", "thingId": "thingId"},
    )
    official = [{"name": "user_id", "wire": "uid", "location": "query"},
                {"name": "thing_id", "wire": "thingId", "location": "query"}]
    tb = extract.TypeBuilder(set(), {})
    extras, notes = extract._node_extras(node, {}, tb, "GetThingParams", official)
    assert [(p["name"], p["wire"], p["location"], p["required"], p["wire_required"], p["keyword_only"])
            for p in extras] == [("node_user_id", "userId", "query", False, False, True),
                                 ("from_", "from", "query", False, False, True)]
    assert any("node_user_id" in n for n in notes) and any("'from_'" in n for n in notes)
    assert any("declares 'from' required" in n for n in notes)


def test_answer_outside_data(spec: dict[str, Any]) -> None:
    """One envelope model carries its payload beside statusCode under another key than ``data``
    (Node's FunctionModelListDto: ``list``); the spec says so, so list_model returns its models."""
    keys = {(e["client"], e["name"]): e["data_key"] for e in spec["endpoints"] if "data_key" in e}
    assert keys == {("management", "list_model"): "list"}
    (ep,) = (e for e in spec["endpoints"] if e["name"] == "list_model")
    assert ep["data_type"] == {"kind": "list", "items": {"kind": "model", "name": "FunctionModelDto"}}
