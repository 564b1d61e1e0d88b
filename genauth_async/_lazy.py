"""Package attributes imported on first access: the one helper behind every package's ``__getattr__``.

Importing ``genauth_async`` (or ``genauth_sync``, ``genauth_async.models``, ``.protocols``,
``.testing``) must stay cheap: the clients pull in aiohttp and ~600 generated methods, the models
~1,500 classes, the emulator aiohttp.web. So a package names what it offers in a table and each
name's module is imported when the name is first read, then cached in the package's namespace.
Type checkers see the same names through each package's ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

__all__ = ["lazy_attributes"]

#: name -> module (relative to the package, or absolute), or (module, attribute) when they differ.
Targets = Mapping[str, "str | tuple[str, str]"]


def lazy_attributes(
    namespace: MutableMapping[str, Any], targets: Targets | Callable[[], Targets], *, submodules: bool = False
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for the package whose ``globals()`` is ``namespace``.

    ``targets`` may be a function returning the table, for a table big enough to be worth
    loading only on the first lookup (the models' 1,500 names). With ``submodules`` every module
    in the table is a submodule of the package, named without the leading dot.
    """
    package = str(namespace["__name__"])
    table: list[Targets] = []

    def resolved() -> Targets:
        if not table:
            table.append(targets() if callable(targets) else targets)
        return table[0]

    def __getattr__(name: str) -> Any:  # noqa: N807 - a module's __getattr__ (PEP 562)
        target = resolved().get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = target if isinstance(target, tuple) else (target, name)
        if submodules:
            module = "." + module
        if not module.startswith("."):
            value = getattr(importlib.import_module(module), attribute)
        else:
            value = getattr(importlib.import_module(module, package), attribute)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807 - a module's __dir__ (PEP 562)
        return sorted(set(namespace) | set(namespace.get("__all__", ())) | set(resolved()))

    return __getattr__, __dir__
