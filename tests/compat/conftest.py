"""Emulators for the compat tests: threaded, so the official (blocking) SDK can talk to them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from genauth_async.testing import Emulator

AK, SK = "ak-compat", "sk-compat"


def start() -> Any:
    return Emulator.start_in_thread(access_key_id=AK, access_key_secret=SK)


@pytest.fixture
def emu_thread() -> Iterator[Any]:
    handle = start()
    yield handle
    handle.stop()
    handle.emulator.assert_no_handler_failures()
