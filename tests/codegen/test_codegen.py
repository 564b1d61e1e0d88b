"""Generator behaviour on the committed spec and on a small hand-made sample spec."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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
    models = "".join(t for r, t in files.items() if r.startswith("genauth_async/models/_"))
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
        "print(M._MODULE_OF['ApplicationDto'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    loaded, module = out.stdout.strip().splitlines()
    assert loaded == f"['genauth_async.models.{module}']"  # exactly the one module defining it
