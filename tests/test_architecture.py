"""The import graph of both packages: no circle, and no arrow from a lower layer back up.

The layers are docs/internals.md's (and shared/DESIGN.md's): each module is placed in one, and an
import (at module level or inside a function; ``TYPE_CHECKING`` blocks aside, they never run) may
only point to its own layer or below. A new module must be placed here, so the picture stays true.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Lowest first. A name stands for the module and, where it is a package, everything inside it.
LAYERS: list[tuple[str, ...]] = [
    # facts and rules with no I/O
    ("genauth_async._version", "genauth_async.errors", "genauth_async._lazy", "genauth_async._spec",
     "genauth_async._model", "genauth_async._endpoint", "genauth_async._retry", "genauth_async._logging",
     "genauth_async._checks", "genauth_async._options", "genauth_async._hooks", "genauth_async.types"),
    # wire <-> models
    ("genauth_async.models", "genauth_async._converter", "genauth_async._json", "genauth_async._pagination",
     "genauth_async._raw_response"),
    # the request's stages: encode/decode, authenticate, send
    ("genauth_async._request", "genauth_async._fast_encode", "genauth_async._auth", "genauth_async._transport",
     "genauth_async._otel"),
    # the retry loop and the clients' core
    ("genauth_async._base_client",),
    # generated endpoint areas, hand-written protocol helpers, bulk
    ("genauth_async._generated.management", "genauth_async._generated.authentication",
     "genauth_async._generated._caller", "genauth_async._generated.raw", "genauth_async.protocols", "genauth_async._bulk_fields",
     "genauth_async.bulk"),
    # the composed clients and the package front
    ("genauth_async._generated.clients", "genauth_async._generated", "genauth_async"),
    # the sync facade and the emulator, built on the async clients
    ("genauth_sync._portal", "genauth_sync._raw_response", "genauth_sync._generated.raw", "genauth_sync._subscribe", "genauth_sync._generated", "genauth_sync", "genauth_sync.bulk",
     "genauth_async.testing"),
    # the official SDK's clients (dict answers) over the typed ones, async and sync
    ("genauth_async._compat_base", "genauth_async._generated.compat", "genauth_async.compat",
     "genauth_sync._compat_base", "genauth_sync._generated.compat", "genauth_sync.compat"),
    # the command
    ("genauth_async._input", "genauth_async._cli_target", "genauth_async._cli_report",
     "genauth_async._cli_provision", "genauth_async.cli"),
]


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in ("genauth_async", "genauth_sync"):
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _group(module: str) -> str:
    """The LAYERS entry a module belongs to (the longest matching name)."""
    best = ""
    for layer in LAYERS:
        for name in layer:
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best = name
    return best


def _layer(group: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if group in layer)


def _imports(module: str, path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(inner) for inner in ast.walk(node))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # "from . import _json" imports the submodule, not the package's own code
            subs = [f"{source}.{alias.name}" for alias in node.names if f"{source}.{alias.name}" in MODULES]
            names = subs or [source]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module:
                yield name


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        edges.setdefault(module, set()).update(_imports(module, path))
    return edges


EDGES = _edges()


def test_every_module_has_a_layer() -> None:
    unplaced = sorted(m for m in MODULES if not _group(m))
    assert not unplaced, f"place these modules in LAYERS: {unplaced}"


def test_no_arrow_points_up() -> None:
    upward = sorted(
        f"{source} -> {target}"
        for source, targets in EDGES.items()
        for target in targets
        if _layer(_group(target)) > _layer(_group(source))
    )
    assert not upward, upward


def test_no_import_circle() -> None:
    """Between modules, and between the LAYERS groups (a package's modules count as one)."""
    group_edges: dict[str, set[str]] = {}
    for source, targets in EDGES.items():
        for target in targets:
            if _group(source) != _group(target):
                group_edges.setdefault(_group(source), set()).add(_group(target))
    for graph in (EDGES, group_edges):
        cycle = _find_cycle(graph)
        assert cycle is None, " -> ".join(cycle or [])


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize(("graph", "expected"), [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
])
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], expected: list[str] | None) -> None:
    assert _find_cycle(graph) == expected
