"""Models by meaning: one module per model (its enums beside it), real imports between them, no
import circle, import paths that depend on the model's name alone, unreachable models in ``unused``."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import typing
from pathlib import Path

import attrs
import pytest

from genauth_async import models
from genauth_async._converter import from_answer, from_wire, to_wire
from genauth_async._spec import load_spec
from genauth_async.models._index import MODULE_OF
from tools.codegen.common import TypeRenderer
from tools.codegen.models import UNUSED, enum_owner, generate_models, module_name, reachable

PACKAGE = Path(models.__file__).parent


def _import_graph() -> dict[str, set[str]]:
    """Model module -> the model modules it imports at run time (read from the files with ast)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        if rel.endswith("__init__"):
            continue  # the package's own imports are under TYPE_CHECKING or inside __getattr__
        edges: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = rel.split(".")[: -node.level]
                    edges.add(".".join([*base, node.module or ""]))
                elif (node.module or "").startswith("genauth_async.models."):
                    edges.add(node.module.removeprefix("genauth_async.models."))  # type: ignore[union-attr]
            elif isinstance(node, ast.If):
                raise AssertionError(f"{rel}: model modules import at module level, not conditionally")
        graph[rel] = edges
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def test_import_graph_of_the_models_has_no_circle() -> None:
    graph = _import_graph()
    assert len(graph) > 1500 and sum(map(len, graph.values())) > 800  # real imports between models
    assert all(target in graph for edges in graph.values() for target in edges), "import of a missing module"
    assert _circles(graph) == []
    # The spec's one true cycle, a model referring to itself, needs no import.
    assert graph["tree_structs"] == set()
    assert "children: List[TreeStructs] | None" in (PACKAGE / "tree_structs.py").read_text()
    # The detector finds a circle when there is one.
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_generator_refuses_an_import_circle() -> None:
    spec = {
        "models": {
            "ADto": {"fields": [{"name": "b", "wire": "b", "required": False,
                                 "type": {"kind": "model", "name": "BDto"}}]},
            "BDto": {"fields": [{"name": "a", "wire": "a", "required": False,
                                 "type": {"kind": "model", "name": "ADto"}}]},
        },
        "enums": {},
        "endpoints": [],
    }
    with pytest.raises(ValueError, match=r"circle: (unused\.)?a_dto -> (unused\.)?b_dto -> (unused\.)?a_dto"):
        generate_models(spec)


def test_every_name_lives_in_the_module_named_after_its_model() -> None:
    spec = load_spec()
    owners = {e["class_name"]: enum_owner(k) for k, e in spec["enums"].items()}
    assert set(MODULE_OF) == set(models.__all__)
    for name in models.__all__:
        cls = getattr(models, name)
        module = MODULE_OF[name]
        assert cls.__module__ == f"genauth_async.models.{module}", name
        assert module.rpartition(".")[2] == module_name(owners.get(name, name)), name
        if attrs.has(cls):
            # Real imports: the standard resolution works without any namespace of ours.
            hints = typing.get_type_hints(cls)
            assert set(hints) == {a.name for a in attrs.fields(cls)}, name
    assert MODULE_OF["CreateTenantUserOptionsDto"] == "create_tenant_user_options_dto"
    assert MODULE_OF["CreateTenantUserOptionsDtoPasswordEncryptType"] == "create_tenant_user_options_dto"
    assert MODULE_OF["GetAllDepartmentsParamsDepartmentIdType"] == "get_all_departments_params"


def test_adding_a_model_moves_no_other_model() -> None:
    spec = load_spec()
    _, before = generate_models(spec)
    grown = copy.deepcopy(spec)
    grown["models"]["AaaBrandNewDto"] = {"fields": [
        {"name": "app", "wire": "app", "required": False, "type": {"kind": "model", "name": "ApplicationDto"}}]}
    grown["endpoints"][0]["data_type"] = {"kind": "model", "name": "AaaBrandNewDto"}
    _, after = generate_models(grown)
    assert after.pop("AaaBrandNewDto") == "aaa_brand_new_dto"
    assert after == before


def test_unreachable_models_are_in_unused_and_still_importable() -> None:
    spec = load_spec()
    used = reachable(spec, TypeRenderer(spec))
    for name, module in MODULE_OF.items():
        assert module.startswith(f"{UNUSED}.") == (name not in used), name
    unused = {m for m in MODULE_OF.values() if m.startswith(f"{UNUSED}.")}
    assert len(unused) > 500
    # Envelope wrappers are never returned (the SDK unwraps ``data``); their payloads are.
    assert MODULE_OF["CreateApplicationRespDto"] == "unused.create_application_resp_dto"
    assert MODULE_OF["CreateApplicationRespDataDto"] == "create_application_resp_data_dto"
    from genauth_async.models import CreateApplicationRespDto  # as importable as before

    assert CreateApplicationRespDto.__module__ == "genauth_async.models.unused.create_application_resp_dto"
    # Nothing the SDK uses depends on an unused module.
    for module, edges in _import_graph().items():
        if not module.startswith(f"{UNUSED}."):
            assert not {e for e in edges if e.startswith(f"{UNUSED}.")}, module


APP = {
    "appId": "a1", "appName": "demo", "appType": "quantum",  # an enum value this SDK does not know
    "loginConfig": {"enabledBasicLoginMethods": ["EMAIL_CODE"]}, "redirectUris": ["https://x"],
    "ssoEnabled": True,
}


def test_pickles_name_the_per_model_module_and_round_trip() -> None:
    eager = from_wire(APP, "ApplicationDto")
    deferred = from_answer(json.loads(json.dumps(APP)), "ApplicationDto")  # nested models not built yet
    request = models.CreateTenantUserOptionsDto(
        password_encrypt_type=models.CreateTenantUserOptionsDtoPasswordEncryptType.RSA
    )
    unused = models.CreateApplicationRespDto(status_code=200, message="ok", data=eager)
    for value, module in [
        (eager, "application_dto"),
        (deferred, "application_dto"),
        (request, "create_tenant_user_options_dto"),
        (unused, "unused.create_application_resp_dto"),
    ]:
        data = pickle.dumps(value)
        assert f"genauth_async.models.{module}".encode() in data
        assert b"genauth_async.models._" not in data  # no size shard (the old _a1 ... _w3)
        back = pickle.loads(data)
        assert back == value and type(back) is type(value)
        assert to_wire(back) == to_wire(value)
    back = pickle.loads(pickle.dumps(deferred))
    assert back.app_type == "quantum" and not back.app_type.is_known
    assert back.login_config.enabled_basic_login_methods == ["EMAIL_CODE"]
