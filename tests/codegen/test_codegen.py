"""Generator behaviour on the committed spec and on a small hand-made sample spec."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.codegen.common import HEADER, attr_name
from tools.codegen.main import DEFAULT_SPEC, ROOT, generate, load

SAMPLE = Path(__file__).with_name("sample_spec.json")


def test_deterministic_and_headed() -> None:
    spec = load(DEFAULT_SPEC)
    first, second = generate(spec), generate(json.loads(json.dumps(spec)))
    assert first == second
    for rel, text in first.items():
        assert text.startswith(HEADER), rel
        assert len(text.splitlines()) < 3000, rel
        ast.parse(text, rel)


def test_sample_spec_generates_valid_code(tmp_path: Path) -> None:
    files = generate(load(SAMPLE))
    for rel, text in files.items():
        compile(text, rel, "exec")
    models = "".join(t for r, t in files.items() if r.startswith("genauth_async/models/"))
    assert 'from_: str | None = _attrs.field(default=None, metadata={"wire": "from"})' in models
    assert "global_: bool | None" in models
    assert 'id: str = _attrs.field(metadata={"wire": "id"})' in models
    assert "list: List[ApplicationDto]" in models
    mgmt = "".join(t for r, t in files.items() if r.startswith("genauth_async/_generated/management/"))
    assert "async def remove_field(" in mgmt and "async def remote_field(" in mgmt
    assert "def iter_list_applications(" in mgmt and "def iter_list_application_active_users(" in mgmt


def test_keyword_and_annotation_names() -> None:
    assert attr_name("from") == "from_"
    assert attr_name("str") == "str_"
    assert attr_name("_id") == "id"
    assert attr_name("type") == "type"


def test_import_does_not_load_models() -> None:
    code = (
        "import sys, genauth_async, genauth_sync\n"
        "genauth_async.ManagementClient('ak', 'sk'); genauth_async.AuthenticationClient('a', 'https://x')\n"
        "genauth_sync.ManagementClient('ak', 'sk'); genauth_sync.AuthenticationClient('a', 'https://x')\n"
        "loaded = [m for m in sys.modules if m.startswith('genauth_async.models.')]\n"
        "assert not loaded, loaded\n"
        "import genauth_async.models as M; M.ApplicationDto\n"
        "print(sorted(m for m in sys.modules if m.startswith('genauth_async.models.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    # Exactly the module defining it, the modules it imports (transitively) and the name table.
    package = ROOT / "genauth_async" / "models"
    wanted, todo = {"_index"}, ["application_dto"]
    while todo:
        mod = todo.pop()
        if mod in wanted:
            continue
        wanted.add(mod)
        tree = ast.parse((package / f"{mod.replace('.', '/')}.py").read_text())
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level:
                base = mod.split(".")[: -node.level]
                todo.append(".".join([*base, node.module or ""]))
    assert out.stdout.strip() == str(sorted(f"genauth_async.models.{m}" for m in wanted))
    assert len(wanted) < 20


def test_introspect_fails_loudly_without_the_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    """No silent fallback to a hard-coded constructor list when the base clients cannot be read."""
    from tools.codegen import sync

    assert not hasattr(sync, "_FALLBACK_INIT")
    real = sync.importlib.import_module

    def broken(name: str, package: str | None = None) -> object:
        if name == "genauth_async._base_client":
            raise ImportError("simulated: the base client does not import")
        return real(name, package)

    monkeypatch.setattr(sync.importlib, "import_module", broken)
    with pytest.raises(ImportError, match="simulated"):
        sync.introspect("management", set())


def test_sync_doc_adapts_async_wording() -> None:
    from tools.codegen.common import async_words, sync_doc

    text = sync_doc("Messages of ``event_code``, as an async iterator (``async for``).")
    assert text == "Messages of ``event_code``, as an iterator (``for``)."
    assert sync_doc("Every item, fetched page by page (an async iterator).").endswith("(an iterator).")
    assert not async_words(text) and async_words("use async for")


def test_sync_facade_calls_pure_helpers_directly() -> None:
    """HELPERS of kind "sync" (no I/O) are generated as ``_direct`` calls, never through the portal."""
    from genauth_async.protocols import HELPERS
    from tools.codegen.sync import introspect

    methods = {c: introspect(c, set()).methods for c in ("management", "authentication")}
    for client, name, kind in HELPERS:
        (body,) = [m for m in methods[client] if m.startswith(f"    def {name}(")]
        if kind == "sync":
            assert f"return self._direct(\n            lambda c: c.{name}(" in body, name
            assert "_run_sync" not in body and "portal thread" not in body, name
        else:
            assert "self._direct(" not in body, name


def test_areas_are_declared_data_and_modules_are_named_by_area() -> None:
    """Each endpoint's area comes from tools/spec/areas.json; one module per area, never by size."""
    import re

    from tools.spec.areas import declared

    spec = load(DEFAULT_SPEC)
    table = declared()
    assert {(e["client"], e["name"]): e["area"] for e in spec["endpoints"]} == {
        (client, name): area for client, areas in table.items() for name, area in areas.items()
    }
    modules = {rel for rel in generate(spec) if "/_generated/management/" in rel or "/_generated/authentication/" in rel}
    names = {rel.rsplit("/", 1)[1].removesuffix(".py") for rel in modules} - {"__init__"}
    assert names == {area for areas in table.values() for area in areas.values()}
    assert not [n for n in names if re.search(r"_\d+$", n)]


def test_an_endpoint_without_a_declared_area_is_refused() -> None:
    from tools.spec.areas import area_for

    with pytest.raises(KeyError, match="has no area: add it to"):
        area_for("management", "/api/v3/brand-new", "brand_new_endpoint")
