"""A local GenAuth V3 API for tests and development: ``Emulator``, fault injection, pytest fixtures.

Names are loaded on first use: the pytest plugin imports this package in every pytest run,
and that must stay cheap and must not fail when aiohttp or PyJWT are missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from genauth_async._lazy import lazy_attributes

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


__getattr__, __dir__ = lazy_attributes(globals(), _WHERE)
