"""pytest fixtures for a running emulator and SDK clients bound to it.

Registered through the ``pytest11`` entry point, so it is imported by every pytest run in an
environment where genauth-async is installed: it imports nothing heavy at module level, and the
SDK clients are imported inside their fixtures (a missing client skips the test).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar, cast

import pytest

_F = TypeVar("_F", bound=Callable[..., Any])

try:
    import pytest_asyncio

    _async_fixture = cast(Callable[[_F], _F], pytest_asyncio.fixture)
except ImportError:  # pragma: no cover - async fixtures then need another plugin
    _async_fixture = cast(Callable[[_F], _F], pytest.fixture)


@_async_fixture
async def genauth_emulator() -> AsyncIterator[Any]:
    """An in-process emulator on the test's event loop (fresh state per test).

    At teardown, a request the emulator failed on (an emulator bug, see
    ``Emulator.handler_failures``) fails the test.
    """
    from genauth_async.testing import Emulator

    async with Emulator() as emu:
        yield emu
    emu.assert_no_handler_failures()


@pytest.fixture
def genauth_emulator_thread() -> Iterator[Any]:
    """An emulator served from a background thread, usable from sync tests and other event loops.

    Like ``genauth_emulator``, fails the test at teardown if the emulator failed on a request.
    """
    from genauth_async.testing import Emulator

    handle = Emulator.start_in_thread()
    try:
        yield handle
    finally:
        handle.stop()
    handle.emulator.assert_no_handler_failures()


@pytest.fixture
def genauth_emulator_url(genauth_emulator_thread: Any) -> str:
    """Base URL of a threaded emulator (works for sync and async tests alike)."""
    return str(genauth_emulator_thread.url)


def _import(module: str, name: str) -> Any:
    try:
        mod = __import__(module, fromlist=[name])
        return getattr(mod, name)
    except (ImportError, AttributeError) as exc:
        pytest.skip(f"{module}.{name} is not available: {exc}")


async def _close(client: Any) -> None:
    for method in ("aclose", "close"):
        fn = getattr(client, method, None)
        if fn is not None:
            result = fn()
            if hasattr(result, "__await__"):
                await result
            return


@_async_fixture
async def genauth_management_client(genauth_emulator: Any) -> AsyncIterator[Any]:
    """``genauth_async.ManagementClient`` bound to the in-process emulator."""
    cls = _import("genauth_async", "ManagementClient")
    client = cls(genauth_emulator.access_key_id, genauth_emulator.access_key_secret, host=genauth_emulator.url)
    try:
        yield client
    finally:
        await _close(client)


@_async_fixture
async def genauth_authentication_client(genauth_emulator: Any) -> AsyncIterator[Any]:
    """``genauth_async.AuthenticationClient`` for a fresh application (``client.app_id``/``app_secret``)."""
    cls = _import("genauth_async", "AuthenticationClient")
    app = genauth_emulator.create_application("Fixture App", f"fixture-{id(genauth_emulator) % 100000}")
    client = cls(app["appId"], genauth_emulator.url, app_secret=app["appSecret"])
    try:
        yield client
    finally:
        await _close(client)


@pytest.fixture
def genauth_sync_management_client(genauth_emulator_thread: Any) -> Iterator[Any]:
    """``genauth_sync.ManagementClient`` bound to a threaded emulator."""
    cls = _import("genauth_sync", "ManagementClient")
    emu = genauth_emulator_thread
    client = cls(emu.access_key_id, emu.access_key_secret, host=emu.url)
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()


@pytest.fixture
def genauth_sync_authentication_client(genauth_emulator_thread: Any) -> Iterator[Any]:
    """``genauth_sync.AuthenticationClient`` for a fresh application of the threaded emulator.

    The application is named "Sync Fixture App" (identifier ``sync-fixture``, token auth method
    ``client_secret_post``); request ``genauth_emulator_thread`` too to reach the same emulator,
    e.g. ``genauth_emulator_thread.call(genauth_emulator_thread.emulator.create_user, ...)``.
    """
    cls = _import("genauth_sync", "AuthenticationClient")
    handle = genauth_emulator_thread
    app = handle.call(handle.emulator.create_application, "Sync Fixture App", "sync-fixture")
    client = cls(app["appId"], handle.url, app_secret=app["appSecret"])
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()
