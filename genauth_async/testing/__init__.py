"""A local GenAuth V3 API for tests and development: ``Emulator``, fault injection, pytest fixtures.

Names are loaded on first use: the pytest plugin imports this package in every pytest run,
and that must stay cheap and must not fail when aiohttp or PyJWT are missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genauth_async.testing.faults import Fault, FaultPlan
    from genauth_async.testing.server import Emulator, EmulatorThread

__all__ = ["Emulator", "EmulatorThread", "Fault", "FaultPlan"]

_WHERE = {
    "Emulator": "genauth_async.testing.server",
    "EmulatorThread": "genauth_async.testing.server",
    "Fault": "genauth_async.testing.faults",
    "FaultPlan": "genauth_async.testing.faults",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
