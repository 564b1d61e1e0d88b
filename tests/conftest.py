"""Fixtures shared by every test folder: the one fake server (``tests.support.fake_server``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_server import FakeServer


@pytest.fixture(scope="session")
def shared_server() -> Iterator[FakeServer]:
    """One fake server for the whole run (for fixtures wider than a test; prefer ``server``)."""
    with FakeServer() as srv:
        yield srv


@pytest.fixture
def server(shared_server: FakeServer) -> FakeServer:
    """The fake server with an empty record and no scripts left over from an earlier test."""
    shared_server.reset()
    return shared_server
