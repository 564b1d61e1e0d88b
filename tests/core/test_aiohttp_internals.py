"""Issue 16, point 9: every private aiohttp (and asyncio) name the SDK relies on, pinned by a test.

aiohttp offers no public switch for some of what the transport needs (no silent re-send, closing
a session whose loop is gone, forgetting sockets a forked child shares with its parent). Those
uses are decided once, explicitly, in ``_transport``; these tests fail loudly when an aiohttp
release renames what they rely on, instead of the SDK degrading silently. The last test keeps
the list honest: a new private access in the package without an entry here fails it.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import aiohttp
import pytest

from genauth_async import _transport
from genauth_async._base_client import BaseManagementClient
from genauth_async._request import Request
from tests.support.fake_server import FakeServer, ok

_AIOHTTP = tuple(int(part) for part in aiohttp.__version__.split(".")[:2])
PACKAGE = Path(__file__).resolve().parents[2] / "genauth_async"
SYNC_PACKAGE = PACKAGE.parent / "genauth_sync"

#: Private names touched on aiohttp / asyncio objects, with the test that pins each.
KNOWN = {
    "session._retry_connection": "test_retry_connection_flag_is_switched_off",
    "connector._closed": "test_forked_child_marks_the_connector_closed",
    "connector._close": "test_session_of_a_dead_loop_is_closed_synchronously",
    "asyncio._get_running_loop": "test_running_loop_probe",
}


def test_retry_connection_flag_is_switched_off() -> None:
    # aiohttp 3.10 added a silent re-send of idempotent requests; 3.11 added the private switch.
    assert _transport.RETRY_FLAG_EXISTS is (_AIOHTTP >= (3, 11)), (
        f"aiohttp {aiohttp.__version__}: ClientSession._retry_connection "
        f"{'vanished' if _AIOHTTP >= (3, 11) else 'appeared'}; max_retries may no longer be exact"
    )

    async def make() -> aiohttp.ClientSession:
        transport = _transport.Transport("http://127.0.0.1:9")
        session = transport.get_session()
        await transport.aclose()
        return session

    session = asyncio.run(make())
    if _transport.RETRY_FLAG_EXISTS:
        assert session._retry_connection is False


async def test_forked_child_marks_the_connector_closed(server: FakeServer) -> None:
    server.script("GET", "/api/v3/ping", ok({}))
    transport = _transport.Transport(server.url)
    await transport.send(Request("GET", "/api/v3/ping"))
    session = transport.get_session()
    connector = session.connector
    assert connector is not None
    assert "_closed" in vars(connector) or hasattr(type(connector), "_closed"), "BaseConnector._closed is gone"
    assert connector.closed is False
    _transport._abandon_session(session, forked=True)
    # The private flag is what the public property reads: the child will not shut the parent's sockets.
    assert connector.closed is True
    assert session.closed
    await transport.aclose()


def test_session_of_a_dead_loop_is_closed_synchronously(server: FakeServer) -> None:
    assert _transport.CONNECTOR_CLOSE_EXISTS, "aiohttp.BaseConnector._close is gone"
    server.script("GET", "/api/v3/ping", ok({}))
    transport = _transport.Transport(server.url)

    async def use() -> aiohttp.ClientSession:
        await transport.send(Request("GET", "/api/v3/ping"))  # leaves a pooled keep-alive connection
        return transport.get_session()

    loop = asyncio.new_event_loop()
    session = loop.run_until_complete(use())
    loop.close()
    connector = session.connector
    assert connector is not None and not connector.closed
    _transport._abandon_session(session, forked=False)
    assert connector.closed  # closed without the dead loop, sockets freed


def test_running_loop_probe() -> None:
    """The sync facade asks, on every call, whether the calling thread runs a loop (cheaply)."""
    from asyncio import _get_running_loop

    assert _get_running_loop() is None

    async def inside() -> bool:
        return _get_running_loop() is asyncio.get_running_loop()

    assert asyncio.run(inside())


async def test_emulator_reads_its_port_publicly() -> None:
    from genauth_async.testing import Emulator

    async with Emulator() as emu:
        assert emu.port != 0 and emu.url.endswith(f":{emu.port}")
        async with BaseManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
            assert (await client.get_management_token()).access_token


_PRIVATE = re.compile(
    r"\b(session|connector|site|runner|resp|response|request|ws|writer|protocol|asyncio)\._([a-z][a-z_]*)\b"
)
_PRIVATE_IMPORT = re.compile(r"^\s*from (asyncio|aiohttp)[\w.]* import (.+)$")


def test_every_private_access_is_pinned() -> None:
    found: set[str] = set()
    for root in (PACKAGE, SYNC_PACKAGE):
        for path in root.rglob("*.py"):
            if "_generated" in path.parts:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                code = line.split("#", 1)[0]
                for owner, name in _PRIVATE.findall(code):
                    found.add(f"{owner}._{name}")
                imported = _PRIVATE_IMPORT.match(code)
                if imported:
                    for name in re.findall(r"\b_[a-z]\w*", imported.group(2)):
                        found.add(f"{imported.group(1)}.{name}")
    unpinned = found - set(KNOWN)
    assert not unpinned, f"private aiohttp/asyncio names used without a pinning test here: {sorted(unpinned)}"
    for name, test in KNOWN.items():
        assert test in globals(), name
    assert "site._server" not in found  # the emulator reads runner.addresses instead


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_known_names_are_still_used(name: str) -> None:
    """An entry whose use was removed should go too (the list documents what is relied on)."""
    owner, attr = name.split(".")
    pattern = re.compile(rf"\b{owner}\.{attr}\b|from {owner} import .*\b{attr}\b")
    assert any(
        pattern.search(path.read_text(encoding="utf-8"))
        for root in (PACKAGE, SYNC_PACKAGE) for path in root.rglob("*.py") if "_generated" not in path.parts
    ), name
