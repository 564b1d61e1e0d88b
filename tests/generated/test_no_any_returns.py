"""Issue 19 point 5: no public method of the four clients returns ``Any`` (the raw ``request`` aside).

``-> Any`` lets ``token.acess_token`` type-check; every result is a model, a JSON type
(``genauth_async.types``) or a plain type. The annotations are resolved the way a type checker
reads them: each module's own names plus what it imports under ``TYPE_CHECKING``, then searched
through unions, generics, forward references and our result TypedDicts. The typed
``with_raw_response`` views exist for type checkers only (their methods are declared under
``TYPE_CHECKING``), so their generated sources are checked as written.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ForwardRef, Optional, Union

import pytest

import genauth_async
import genauth_async.types
import genauth_sync
from genauth_async.protocols.mixins import AuthenticationProtocolMixin
from genauth_async.types import CasValidation, JsonObject, JsonValue, TokenSet

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = [
    (genauth_async, "ManagementClient"),
    (genauth_async, "AuthenticationClient"),
    (genauth_sync, "ManagementClient"),
    (genauth_sync, "AuthenticationClient"),
]
EXEMPT = {"request"}  # the raw call: its answer is whatever the caller asked for

_NAMESPACES: dict[str, dict[str, Any]] = {}


def _type_checking_names(module: ModuleType) -> dict[str, Any]:
    """The names ``module`` imports under ``if TYPE_CHECKING:`` (what its string annotations use)."""
    tree = ast.parse(inspect.getsource(module))
    package = module.__name__ if hasattr(module, "__path__") else module.__name__.rpartition(".")[0]
    names: dict[str, Any] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.ImportFrom):
                source = importlib.util.resolve_name("." * stmt.level + (stmt.module or ""), package) \
                    if stmt.level else stmt.module or ""
                imported = importlib.import_module(source)
                for alias in stmt.names:
                    names[alias.asname or alias.name] = getattr(imported, alias.name)
    return names


def _namespace(module_name: str) -> dict[str, Any]:
    ns = _NAMESPACES.get(module_name)
    if ns is None:
        module = sys.modules[module_name]
        # the JSON aliases name themselves (list["JsonValue"]) and get_type_hints resolves that
        # inner name in the using module, which may import only JsonObject
        ns = {**vars(genauth_async.types), **vars(module), **_type_checking_names(module)}
        _NAMESPACES[module_name] = ns
    return ns


def _contains_any(t: object, ns: dict[str, Any], seen: set[int] | None = None) -> bool:
    """Whether ``t`` is ``Any`` or holds it anywhere: union members, generic arguments, forward
    references (resolved in ``ns``, each once: ``JsonValue`` refers to itself) and the fields of a
    TypedDict."""
    seen = set() if seen is None else seen
    if id(t) in seen:
        return False
    seen.add(id(t))
    if t is Any:
        return True
    if isinstance(t, (ForwardRef, str)):
        # the JSON aliases name themselves inside genauth_async.types, whatever module uses them
        scope = {**vars(genauth_async.types), **ns}
        text = t.__forward_arg__ if isinstance(t, ForwardRef) else t
        return _contains_any(eval(text, scope), ns, seen)  # noqa: S307 - our own annotations
    if typing.is_typeddict(t):
        return any(_contains_any(v, ns, seen) for v in typing.get_type_hints(t).values())
    return any(_contains_any(a, ns, seen) for a in typing.get_args(t) if a is not Ellipsis)


def _public_methods(cls: type) -> list[tuple[str, Callable[..., Any]]]:
    out = []
    for name in sorted(dir(cls)):
        if name.startswith("_") or name in EXEMPT:
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, (staticmethod, classmethod)):
            attr = attr.__func__
        if inspect.isfunction(attr):
            out.append((name, attr))
    return out


def _return_annotation(fn: Callable[..., Any]) -> tuple[object, dict[str, Any]]:
    ns = _namespace(fn.__module__)
    return typing.get_type_hints(fn, globalns=ns)["return"], ns


@pytest.mark.parametrize(("package", "cls_name"), CLIENTS, ids=[f"{p.__name__}.{c}" for p, c in CLIENTS])
def test_no_public_method_returns_any(package: ModuleType, cls_name: str) -> None:
    cls = getattr(package, cls_name)
    methods = _public_methods(cls)
    # the enumeration itself works: both clients have well over a hundred endpoint methods
    assert len(methods) > 100, [n for n, _ in methods]
    unannotated = [n for n, fn in methods if "return" not in fn.__annotations__]
    assert not unannotated
    offenders = []
    for name, fn in methods:
        returns, ns = _return_annotation(fn)
        if _contains_any(returns, ns):
            offenders.append(f"{name} -> {fn.__annotations__['return']}")
    assert not offenders, "\n".join(offenders)


def test_the_sign_in_shortcuts_return_the_token_and_user_models() -> None:
    """The hand-written shortcuts over ``/api/v3/signin`` and ``/api/v3/signup`` answer what those
    endpoints answer (the generated sign_in_by_credentials / sign_up)."""
    shortcuts = [n for n, _ in _public_methods(AuthenticationProtocolMixin) if n.startswith(("sign_in_by_", "sign_up_by_"))]
    # 12 official shortcuts and 4 Node names of them (sign_in_by_email_pass_code, ...: aliases)
    assert len(shortcuts) == 16, shortcuts
    for package in (genauth_async, genauth_sync):
        cls = package.AuthenticationClient
        for name in shortcuts:
            returns, _ = _return_annotation(getattr(cls, name))
            expected = "LoginTokenResponseDataDto" if name.startswith("sign_in_") else "UserDto"
            assert getattr(returns, "__name__", None) == expected, (package.__name__, name, returns)


def _is_any_node(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "Any" or isinstance(n, ast.Attribute) and n.attr == "Any"
               for n in ast.walk(node))


def _annotation_nodes(expr: ast.expr | None) -> ast.AST | None:
    """String annotations parsed into their expression (``"RawResponse[Any]"`` -> nodes)."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return ast.parse(expr.value, mode="eval")
    return expr


def test_raw_response_views_declare_no_any_result() -> None:
    files = sorted((ROOT / "genauth_async" / "_generated" / "raw").glob("*.py")) + sorted(
        (ROOT / "genauth_sync" / "_generated" / "raw").glob("*.py")
    )
    checked, offenders = 0, []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                if node.name in EXEMPT:
                    continue
                checked += 1
                returns = _annotation_nodes(node.returns)
                if returns is None or _is_any_node(returns):
                    offenders.append(f"{path.name}: {node.name}")
    assert checked > 1000  # ~630 endpoint methods per package
    assert not offenders, offenders


def test_the_detector_sees_any_where_it_hides() -> None:
    ns = {"JsonValue": JsonValue, "Any": Any}

    class Loose(typing.TypedDict):
        x: Any

    for t in (Any, dict[str, Any], Optional[Any], Any | None, AsyncIterator[list[Any]],  # noqa: UP007, UP045
              Union[int, list[dict[str, Any]]],  # noqa: UP007
              "list[Any]", Iterator[ForwardRef("Any")], Loose):
        assert _contains_any(t, ns), t
    for t in (JsonValue, JsonObject, TokenSet, CasValidation, AsyncIterator[JsonValue], Optional[int], None):  # noqa: UP045
        assert not _contains_any(t, ns), t
