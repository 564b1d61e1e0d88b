"""Entry point: ``python -m tools.codegen [--spec FILE] [--out DIR] [--check]``."""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools.codegen.common import TypeRenderer
from tools.codegen.compat import render_compat
from tools.codegen.endpoints import (
    CLIENTS,
    SKIPPED_ITERATORS,
    package_init,
    plan_areas,
    render_area,
    render_async_clients,
    render_caller,
)
from tools.codegen.models import generate_models
from tools.codegen.raw import render_raw
from tools.codegen.sync import introspect, render_sync_clients

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = ROOT / "genauth_async" / "_spec" / "genauth-v3.json"
# Directories owned entirely by the generator (every .py file in them is generated).
GENERATED_DIRS = ("genauth_async/models", "genauth_async/_generated", "genauth_sync/_generated")


def load(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        spec: dict[str, Any] = json.load(f)
    if spec.get("format") != 1:
        raise SystemExit(f"{path}: unsupported spec format {spec.get('format')!r}")
    return spec


def generate(spec: dict[str, Any]) -> dict[str, str]:
    """Every generated file: path relative to the repository root -> text."""
    files, _ = generate_models(spec)
    tr = TypeRenderer(spec)
    areas = plan_areas(spec, tr)
    files["genauth_async/_generated/__init__.py"] = package_init(
        "Generated endpoint code (see tools/codegen)."
    )
    files["genauth_async/_generated/_caller.py"] = render_caller()
    files["genauth_sync/_generated/__init__.py"] = package_init("Generated sync facade (see tools/codegen).")
    for client in CLIENTS:
        doc = f"Generated {client} endpoint mixins, one module per API area."
        files[f"genauth_async/_generated/{client}/__init__.py"] = package_init(doc)
        files[f"genauth_sync/_generated/{client}/__init__.py"] = package_init(doc + " (sync facade)")
    for a in areas:
        files[f"genauth_async/_generated/{a.client}/{a.module}.py"] = render_area(a, spec, tr, sync=False)
        files[f"genauth_sync/_generated/{a.client}/{a.module}.py"] = render_area(a, spec, tr, sync=True)
    files["genauth_async/_generated/clients.py"] = render_async_clients(areas)
    files.update(render_raw(areas, spec, tr, sync=False))
    files.update(render_raw(areas, spec, tr, sync=True))
    infos = {}
    for client in CLIENTS:
        names = {m.name for a in areas if a.client == client for m in a.methods}
        infos[client] = introspect(client, names)
    files["genauth_sync/_generated/clients.py"] = render_sync_clients(areas, infos)
    files.update(render_compat(spec, tr))
    return dict(sorted(files.items()))


def existing(root: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in GENERATED_DIRS:
        for p in sorted((root / d).rglob("*.py")):
            if "__pycache__" not in p.parts:
                out[p.relative_to(root).as_posix()] = p.read_text(encoding="utf-8")
    return out


def write(files: dict[str, str], root: Path) -> list[str]:
    """Write the files, delete stale ones in the generated directories; returns changed paths."""
    changed = []
    old = existing(root)
    for rel in sorted(set(old) - set(files)):
        (root / rel).unlink()
        changed.append(rel)
    for rel, text in files.items():
        if old.get(rel) != text:
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            changed.append(rel)
    return changed


def diff_summary(expected: dict[str, str], actual: dict[str, str], max_lines: int = 40) -> list[str]:
    """Human-readable differences between freshly generated (expected) and committed (actual) files."""
    out: list[str] = []
    for rel in sorted(set(expected) | set(actual)):
        if rel not in actual:
            out.append(f"missing: {rel}")
        elif rel not in expected:
            out.append(f"stale (not generated any more): {rel}")
        elif expected[rel] != actual[rel]:
            d = list(
                difflib.unified_diff(
                    actual[rel].splitlines(),
                    expected[rel].splitlines(),
                    "committed",
                    "generated",
                    n=0,
                    lineterm="",
                )
            )
            plus = sum(1 for x in d if x.startswith("+") and not x.startswith("+++"))
            minus = sum(1 for x in d if x.startswith("-") and not x.startswith("---"))
            out.append(f"differs: {rel} (+{plus} -{minus})")
            out.extend("    " + x for x in d[2:8])
    if len(out) > max_lines:
        out = out[:max_lines] + [f"... and {len(out) - max_lines} more lines"]
    return out


def check(spec: dict[str, Any], root: Path = ROOT) -> list[str]:
    """Regenerate into a temporary directory and compare with the files under ``root``."""
    with tempfile.TemporaryDirectory() as tmp:
        write(generate(spec), Path(tmp))
        fresh = existing(Path(tmp))
    return diff_summary(fresh, existing(root))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.codegen", description=__doc__)
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="spec JSON (default: the committed one)")
    ap.add_argument("--out", type=Path, default=ROOT, help="root to write into (default: the repository)")
    ap.add_argument(
        "--check", action="store_true", help="fail with a diff summary if the files under --out are stale"
    )
    args = ap.parse_args(argv)
    spec = load(args.spec)
    if args.check:
        problems = check(spec, args.out)
        if problems:
            print(
                "generated code is out of date with the spec; run `python -m tools.codegen`:", file=sys.stderr
            )
            print("\n".join(problems), file=sys.stderr)
            return 1
        print("generated code is up to date")
        return 0
    changed = write(generate(spec), args.out)
    print(f"{len(changed)} file(s) changed under {args.out}")
    if SKIPPED_ITERATORS:
        print(f"no iter_* method (no page parameter): {', '.join(sorted(set(SKIPPED_ITERATORS)))}")
    return 0
